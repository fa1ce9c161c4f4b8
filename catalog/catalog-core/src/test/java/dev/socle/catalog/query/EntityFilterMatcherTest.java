package dev.socle.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.index.SearchTerms;
import dev.socle.catalog.store.JsonText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EntityFilterMatcherTest {

    private static final JsonNode PAYMENTS = JsonText.parse("""
            {"apiVersion":"backstage.io/v1alpha1","kind":"Component",
             "metadata":{"name":"Payments","namespace":"default","title":"Pay Me",
               "uid":"0F9E6C3A-1111-4222-8333-944455556666",
               "labels":{"Tier":"Gold"},"annotations":{"github.com/project-slug":"Acme/Payments"},
               "tags":["Java","money"],"description":"not a search key"},
             "spec":{"type":"service","lifecycle":null,"replicas":3,"public":true,
               "providesApis":["payments-api"],"ports":[{"port":80},{"port":443}]},
             "relations":[{"type":"ownedBy","targetRef":"group:default/Team-A"}]}
            """);

    @Test
    void aFilterWithoutAlternativesMatchesEveryBody() {
        assertThat(matches(EntityFilter.all())).isTrue();
        assertThat(EntityFilterMatcher.matches(EntityFilter.all(), JsonText.parse("{}")))
                .isTrue();
    }

    @Test
    void everyKeyOfAnAlternativeMustMatch() {
        assertThat(matches("kind=component,spec.type=service")).isTrue();
        assertThat(matches("kind=component,spec.type=website")).isFalse();
    }

    @Test
    void anyAlternativeOrAnyValueOfARepeatedKeyWillDo() {
        assertThat(matches("kind=api", "kind=component,metadata.name=payments")).isTrue();
        assertThat(matches("kind=api", "kind=group")).isFalse();
        assertThat(matches("spec.type=website,spec.type=service")).isTrue();
    }

    @Test
    void keysAndValuesIgnoreCase() {
        assertThat(matches("KIND=COMPONENT,Metadata.Labels.tier=gold,metadata.annotations.GitHub.com/project-slug="
                        + "acme/payments"))
                .isTrue();
    }

    @Test
    void aKeyWithoutValueRequiresTheFieldToHaveAValue() {
        assertThat(matches("metadata.title")).isTrue();
        assertThat(matches("metadata.tags,spec.ports.port")).isTrue();
        assertThat(matches("spec.lifecycle")).as("a null value is no value").isFalse();
        assertThat(matches("spec")).as("an object is not a value").isFalse();
        assertThat(matches("spec.owner")).isFalse();
    }

    @Test
    void onlyTheIndexedKeysCount() {
        assertThat(matches("metadata.description=not a search key")).isFalse();
        assertThat(matches("apiversion")).isFalse();
    }

    @Test
    void arrayElementsScalarsRelationsAndTheUidAreMatchedAsText() {
        assertThat(matches("metadata.tags=java,spec.providesapis=payments-api")).isTrue();
        assertThat(matches("spec.ports.port=443,spec.replicas=3,spec.public=true"))
                .isTrue();
        assertThat(matches("relations.ownedby=group:default/team-a")).isTrue();
        assertThat(matches("metadata.uid=0f9e6c3a-1111-4222-8333-944455556666")).isTrue();
        assertThat(matches("metadata.uid=0f9e6c3a")).isFalse();
    }

    @Test
    void valuesAreComparedAsCappedLikeTheIndexStoresThem() {
        String longValue = "v".repeat(SearchTerms.MAX_LENGTH + 50);
        JsonNode body = JsonText.parse("{\"kind\":\"Component\",\"metadata\":{\"name\":\"n\"},"
                + "\"spec\":{\"long\":\"" + longValue + "\"}}");

        assertThat(EntityFilterMatcher.matches(filter("spec.long=" + longValue), body))
                .isFalse();
        assertThat(EntityFilterMatcher.matches(
                        filter("spec.long=" + longValue.substring(0, SearchTerms.MAX_LENGTH)), body))
                .isTrue();
    }

    @Test
    void anEmptyAlternativeMatchesEveryBody() {
        assertThat(matches(new EntityFilter(List.of(Map.of("kind", Set.of("api")), Map.of()))))
                .isTrue();
    }

    private static boolean matches(String... parameters) {
        return matches(filter(parameters));
    }

    private static boolean matches(EntityFilter filter) {
        return EntityFilterMatcher.matches(filter, PAYMENTS);
    }

    private static EntityFilter filter(String... parameters) {
        return EntityFilter.parse(List.of(parameters));
    }
}
