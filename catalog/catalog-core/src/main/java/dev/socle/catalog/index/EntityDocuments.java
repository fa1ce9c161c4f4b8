package dev.socle.catalog.index;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;

/**
 * The Lucene document of an entity: per search key, its lower-cased values as terms ({@code f:<key>}: filters and
 * full text) and as doc values each lower-cased value followed by a NUL and the original ({@code o:<key>}: sorting,
 * which compares the lower-cased part first, and facets, which show the original part); the keys it has
 * ({@code _k}: "field exists" filters), its lower-cased ref ({@code _ref}: identity and tie-breaker) and its served
 * body. One doc-values field per key rather than two halves what flushing and merging segments write.
 */
public final class EntityDocuments {

    public static final String REF = "_ref";
    public static final String KEYS = "_k";
    public static final String BODY = "_body";
    private static final char SORT_VALUE_END = '\u0000';

    private EntityDocuments() {}

    static Document of(String ref, String uid, String finalBody, JsonNode body) {
        Document document = new Document();
        document.add(new KeywordField(REF, ref.toLowerCase(Locale.ROOT), Field.Store.NO));
        document.add(new StoredField(BODY, new BytesRef(finalBody.getBytes(StandardCharsets.UTF_8))));
        Set<String> keys = new HashSet<>();
        for (SearchTerm term : SearchTerms.ofServed(uid, body)) {
            add(document, keys, term);
        }
        return document;
    }

    private static void add(Document document, Set<String> keys, SearchTerm term) {
        document.add(new StringField(filterField(term.key()), term.value(), Field.Store.NO));
        document.add(new SortedSetDocValuesField(
                sortAndFacetField(term.key()),
                new BytesRef(term.value().replace(SORT_VALUE_END, ' ') + SORT_VALUE_END + term.originalValue())));
        if (keys.add(term.key())) {
            document.add(new StringField(KEYS, term.key(), Field.Store.NO));
        }
    }

    /** Lower-cased values of a search key, for filters and full text. */
    public static String filterField(String key) {
        return "f:" + key;
    }

    /** Lower-cased and original values of a search key, for sorting and facets. */
    public static String sortAndFacetField(String key) {
        return "o:" + key;
    }

    /** The original value in a doc value of {@link #sortAndFacetField}. */
    public static String originalValue(BytesRef docValue) {
        String value = docValue.utf8ToString();
        return value.substring(value.indexOf(SORT_VALUE_END) + 1);
    }
}
