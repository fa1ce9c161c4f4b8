package dev.socle.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class EntityDocumentsTest {

    @Test
    void theSortAndFacetValueStartsLowerCasedAndGivesTheOriginalBack() {
        IndexableField type = typeField("Backend Service");

        assertThat(type.binaryValue().utf8ToString()).startsWith("backend service");
        assertThat(EntityDocuments.originalValue(type.binaryValue())).isEqualTo("Backend Service");
    }

    @Test
    void aValueHoldingTheSeparatorStillGivesItsOriginalBack() {
        IndexableField type = typeField("A\u0000B");

        assertThat(EntityDocuments.originalValue(type.binaryValue())).isEqualTo("A\u0000B");
    }

    private static IndexableField typeField(String type) {
        var body = new ObjectMapper().createObjectNode();
        body.put("kind", "Component").putObject("spec").put("type", type);
        Document document = EntityDocuments.of("component:default/payments", "uid-1", "{}", body);
        return document.getField(EntityDocuments.sortAndFacetField("spec.type"));
    }
}
