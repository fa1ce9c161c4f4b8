package dev.socle.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorRoundTripsItsQueryAndPosition() {
        PageCursor cursor = new PageCursor(
                EntityFilter.parse(List.of("kind=component,spec.type", "kind=api")),
                List.of(OrderField.asc("metadata.title"), OrderField.desc("spec.lifecycle")),
                "pay",
                List.of("metadata.name"),
                Arrays.asList(null, "production"),
                "component:default/a",
                true,
                42);

        PageCursor decoded = PageCursor.decode(cursor.encode());

        assertThat(decoded).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void garbageIsRejectedAsInvalidInput() {
        String notJson = Base64.getUrlEncoder().encodeToString("{\"f\":".getBytes());
        String wrongShape = Base64.getUrlEncoder()
                .encodeToString("{\"f\":[],\"o\":[],\"v\":[\"x\"],\"r\":\"a\","
                        .concat("\"b\":false,\"n\":1}")
                        .getBytes());

        for (String cursor : List.of("%%%", notJson, wrongShape, "")) {
            assertThatThrownBy(() -> PageCursor.decode(cursor))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
