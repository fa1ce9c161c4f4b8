package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.JsonPatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class JsonDiffTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}|{}",
                "{\"a\":1}|{\"a\":2}",
                "{\"a\":1,\"b\":2}|{\"b\":2}",
                "{\"a\":1}|{\"a\":1,\"c\":{\"d\":[1,2]}}",
                "{\"a\":[1,2,3]}|{\"a\":[1,3]}",
                "{\"a\":[1,2,3]}|{\"a\":[0,1,2,3,4]}",
                "{\"a\":[1,2,3]}|{\"a\":[3,2,1]}",
                "{\"a\":[{\"x\":1},{\"y\":2}]}|{\"a\":[{\"x\":2},{\"y\":2},{\"z\":3}]}",
                "{\"a\":[1,2,3,4,5]}|{\"a\":[1,9,5]}",
                "{\"a\":[]}|{\"a\":[1]}",
                "{\"a\":{\"b\":1}}|{\"a\":[1]}",
                "{\"a/b\":1,\"c~d\":2}|{\"a/b\":3,\"c~d\":4}",
                "[1,2]|{\"a\":1}",
                "{\"a\":null}|{\"a\":\"x\"}"
            })
    void applyingTheDiffTurnsTheFirstDocumentIntoTheSecond(String from, String to) {
        JsonNode source = JsonText.parse(from);
        JsonNode target = JsonText.parse(to);

        assertThat(JsonPatch.apply(JsonDiff.diff(source, target), source)).isEqualTo(target);
    }

    @Test
    void equalDocumentsGiveAnEmptyPatch() {
        assertThat(JsonDiff.diff(JsonText.parse("{\"a\":[1,{\"b\":2}]}"), JsonText.parse("{\"a\":[1,{\"b\":2}]}")))
                .isEmpty();
    }

    @Test
    void aChangedMemberIsReplacedAtItsEscapedPointer() {
        JsonNode patch = JsonDiff.diff(
                JsonText.parse("{\"metadata\":{\"annotations\":{\"a/b\":\"1\"}}}"),
                JsonText.parse("{\"metadata\":{\"annotations\":{\"a/b\":\"2\"}}}"));

        assertThat(patch.toString())
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/metadata/annotations/a~1b\",\"value\":\"2\"}]");
    }

    @Test
    void anElementAppendedToAnArrayIsOneAdd() {
        JsonNode patch =
                JsonDiff.diff(JsonText.parse("{\"tags\":[\"a\"]}"), JsonText.parse("{\"tags\":[\"a\",\"b\"]}"));

        assertThat(patch.toString()).isEqualTo("[{\"op\":\"add\",\"path\":\"/tags/1\",\"value\":\"b\"}]");
    }
}
