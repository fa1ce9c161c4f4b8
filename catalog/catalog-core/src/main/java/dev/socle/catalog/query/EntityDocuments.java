package dev.socle.catalog.query;

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
 * The Lucene document of an entity: one keyword field per search key ({@code f:<key>}, lower-cased: filters and
 * sorting), the original values as doc values ({@code o:<key>}: facets), the keys it has ({@code _k}: "field
 * exists" filters), its lower-cased ref ({@code _ref}: identity and tie-breaker) and its served body.
 */
final class EntityDocuments {

    static final String REF = "_ref";
    static final String KEYS = "_k";
    static final String BODY = "_body";

    private EntityDocuments() {
    }

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
        document.add(new KeywordField(filterField(term.key()), term.value(), Field.Store.NO));
        document.add(new SortedSetDocValuesField(facetField(term.key()), new BytesRef(term.originalValue())));
        if (keys.add(term.key())) {
            document.add(new StringField(KEYS, term.key(), Field.Store.NO));
        }
    }

    /** Lower-cased values of a search key, for filters, full text and sorting. */
    static String filterField(String key) {
        return "f:" + key;
    }

    /** Original values of a search key, for facets. */
    static String facetField(String key) {
        return "o:" + key;
    }
}
