package dev.socle.catalog.query;

import dev.socle.catalog.index.EntityDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Translates Backstage's query parts to Lucene: filter sets to boolean queries over the {@code f:<key>} keyword
 * fields, a full-text term to substring (wildcard) queries over the chosen fields, and order fields to sorts on the
 * smallest value of each key (missing values last when ascending), always ending with the entity ref.
 */
final class IndexQueries {

    private IndexQueries() {}

    static Query of(EntityFilter filter, @Nullable String fullTextTerm, List<String> fullTextFields) {
        Query filtered = filter(filter);
        if (fullTextTerm == null) {
            return new ConstantScoreQuery(filtered);
        }
        return new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(filtered, BooleanClause.Occur.FILTER)
                .add(fullText(fullTextTerm, fullTextFields), BooleanClause.Occur.FILTER)
                .build());
    }

    static Query filter(EntityFilter filter) {
        if (filter.matchesAll()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        for (Map<String, Set<String>> alternative : filter.anyOf()) {
            anyOf.add(alternative(alternative), BooleanClause.Occur.SHOULD);
        }
        return anyOf.build();
    }

    private static Query alternative(Map<String, Set<String>> alternative) {
        if (alternative.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder allOf = new BooleanQuery.Builder();
        alternative.forEach((key, values) -> allOf.add(condition(key, values), BooleanClause.Occur.FILTER));
        return allOf.build();
    }

    private static Query condition(String key, Set<String> values) {
        if (values.isEmpty()) {
            return new TermQuery(new Term(EntityDocuments.KEYS, key));
        }
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(EntityDocuments.filterField(key), terms);
    }

    private static Query fullText(String term, List<String> fields) {
        if (fields.isEmpty()) {
            return new MatchNoDocsQuery("no full-text field");
        }
        String pattern = "*" + escape(term.toLowerCase(Locale.ROOT)) + "*";
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : fields) {
            anyField.add(
                    new WildcardQuery(new Term(EntityDocuments.filterField(field), pattern)),
                    BooleanClause.Occur.SHOULD);
        }
        return anyField.build();
    }

    private static String escape(String term) {
        StringBuilder escaped = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The sort of a page: the order fields (reversed when paging backwards), then the entity ref. */
    static Sort sort(List<OrderField> order, boolean backwards) {
        List<SortField> fields = new ArrayList<>();
        for (OrderField field : order) {
            boolean reverse = (field.direction() == SortDirection.DESC) != backwards;
            SortField sort = new SortedSetSortField(
                    EntityDocuments.sortAndFacetField(field.field()), reverse, SortedSetSelector.Type.MIN);
            sort.setMissingValue(SortField.STRING_LAST);
            fields.add(sort);
        }
        fields.add(KeywordField.newSortField(EntityDocuments.REF, backwards, SortedSetSelector.Type.MIN));
        return new Sort(fields.toArray(SortField[]::new));
    }
}
