package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UnsavedEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @Test
    void contentBeyondTheMemoryBudgetComesBackWhole() {
        try (UnsavedEntities unsaved = new UnsavedEntities(40)) {
            EntityWrite small = write("component:default/small", "{\"kind\":\"Component\"}");
            EntityWrite big = write("api:default/big", "{\"spec\":{\"definition\":\"" + "é€".repeat(5_000) + "\"}}");
            EntityWrite after = write("group:default/after", "{\"kind\":\"Group\",\"metadata\":{\"name\":\"x\"}}");
            unsaved.add(small);
            unsaved.add(big);
            unsaved.add(after);

            assertThat(unsaved.refs()).containsExactlyInAnyOrder(small.ref(), big.ref(), after.ref());
            assertThat(unsaved.get(small.ref())).isEqualTo(small);
            assertThat(unsaved.get(big.ref())).isEqualTo(big);
            assertThat(unsaved.get(after.ref())).isEqualTo(after);
            assertThat(unsaved.contains("component:default/other")).isFalse();
            assertThat(unsaved.get("component:default/other")).isNull();
        }
    }

    @Test
    void leavesNoFileBehind() throws IOException {
        List<Path> before = spillFiles();
        UnsavedEntities unsaved = new UnsavedEntities(0);
        EntityWrite spilled = write("component:default/a", "{\"kind\":\"Component\"}");
        unsaved.add(spilled);
        assertThat(unsaved.get(spilled.ref())).isEqualTo(spilled);

        unsaved.close();
        unsaved.close();

        assertThat(spillFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("socle-snapshot-"))
                    .toList();
        }
    }

    private static EntityWrite write(String ref, String body) {
        return new EntityWrite(
                UUID.randomUUID(),
                ref,
                "component",
                "default",
                ref.substring(ref.indexOf('/') + 1),
                null,
                UUID.randomUUID(),
                "catalog-info.yaml",
                "url:file:///org",
                "url:file:///org",
                body,
                "",
                "",
                "hash",
                false,
                NOW,
                NOW,
                null);
    }
}
