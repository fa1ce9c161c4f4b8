package dev.socle.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityFilterTest {

    @Test
    void eachParameterIsAnAlternativeOfLowerCasedKeysAndValues() {
        EntityFilter filter = EntityFilter.parse(
                List.of("Kind=Component,spec.type=service,spec.type=Website", "kind=api,metadata.title"));

        assertThat(filter.anyOf())
                .containsExactly(
                        Map.of("kind", Set.of("component"), "spec.type", Set.of("service", "website")),
                        Map.of("kind", Set.of("api"), "metadata.title", Set.of()));
    }

    @Test
    void valuesMayContainEqualsSigns() {
        assertThat(EntityFilter.parse(List.of("metadata.annotations.x=a=b")).anyOf())
                .containsExactly(Map.of("metadata.annotations.x", Set.of("a=b")));
    }

    @Test
    void noParameterMatchesEverything() {
        assertThat(EntityFilter.parse(List.of()).matchesAll()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "=component", "kind=component,,spec.type=x", "kind=", "kind=a,"})
    void malformedParametersAreRejectedWithTheOffendingText(String parameter) {
        assertThatThrownBy(() -> EntityFilter.parse(List.of(parameter)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("filter");
    }

    @Test
    void anEmptyValueSaysHowToAskForExistence() {
        assertThatThrownBy(() -> EntityFilter.parse(List.of("kind=component,spec.type=")))
                .hasMessageContaining("spec.type")
                .hasMessageContaining("exists");
    }
}
