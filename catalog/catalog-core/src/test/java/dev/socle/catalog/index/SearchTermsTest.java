package dev.socle.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.socle.catalog.store.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void flattensMetadataSpecAndRelationsIntoLowerCasedRows() {
        List<SearchTerm> rows = SearchTerms.of(JsonText.parse("""
                {"apiVersion":"backstage.io/v1alpha1","kind":"Component",
                 "metadata":{"name":"Payments","namespace":"default","title":"Pay Me",
                   "labels":{"Tier":"Gold"},"annotations":{"a/b":"X"},"tags":["Java","java","go"],"uid":"u"},
                 "spec":{"type":"service","replicas":3,"public":true,"nested":{"deep":"V"},
                   "providesApis":["A","b"],"ports":[{"port":80},{"port":443}],"none":null},
                 "relations":[{"type":"ownedBy","targetRef":"group:default/Team"}]}
                """));

        assertThat(rows)
                .extracting(SearchTerm::key, SearchTerm::value, SearchTerm::originalValue)
                .containsExactly(
                        tuple("kind", "component", "Component"),
                        tuple("metadata.name", "payments", "Payments"),
                        tuple("metadata.namespace", "default", "default"),
                        tuple("metadata.title", "pay me", "Pay Me"),
                        tuple("metadata.labels.tier", "gold", "Gold"),
                        tuple("metadata.annotations.a/b", "x", "X"),
                        tuple("metadata.tags", "java", "Java"),
                        tuple("metadata.tags", "go", "go"),
                        tuple("spec.type", "service", "service"),
                        tuple("spec.replicas", "3", "3"),
                        tuple("spec.public", "true", "true"),
                        tuple("spec.nested.deep", "v", "V"),
                        tuple("spec.providesapis", "a", "A"),
                        tuple("spec.providesapis", "b", "b"),
                        tuple("spec.ports.port", "80", "80"),
                        tuple("spec.ports.port", "443", "443"),
                        tuple("relations.ownedby", "group:default/team", "group:default/Team"));
    }

    @Test
    void capsLongValuesAndSkipsLongKeys() {
        String longValue = "v".repeat(500);
        String longKey = "k".repeat(300);
        List<SearchTerm> rows = SearchTerms.of(JsonText.parse("{\"kind\":\"X\",\"metadata\":{\"name\":\"n\"},"
                + "\"spec\":{\"long\":\"" + longValue + "\",\"" + longKey + "\":\"1\"}}"));

        assertThat(rows)
                .filteredOn(row -> row.key().equals("spec.long"))
                .singleElement()
                .satisfies(row -> assertThat(row.value()).hasSize(SearchTerms.MAX_LENGTH));
        assertThat(rows).noneMatch(row -> row.key().contains(longKey));
    }
}
