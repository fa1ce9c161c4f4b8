package dev.socle.catalog.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.parse.SourcePosition;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each valid entity of a file is named, so that a conflict can point at its document. */
class EntityPositionsTest {

    private static final String TWO_GROUPS = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: engineering
            spec:
              type: department
              children: []
            ---
            # the platform team
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
                name: platform
            spec:
              type: team
              children: []
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: Not A Valid Name
            spec:
              type: team
              children: []
            """;

    @TempDir
    Path root;

    @Test
    void eachValidEntityIsLocatedAtItsNameAndAnInvalidOneNowhere() {
        DescriptorReadResult result = new DescriptorReader(CatalogRules.BUILT_IN_ONLY)
                .read(
                        "teams.yaml",
                        TWO_GROUPS.getBytes(StandardCharsets.UTF_8),
                        "teams.yaml",
                        DescriptorSource.directory(root));

        assertThat(result.positionOf(EntityRef.parse("group:default/engineering")))
                .contains(new SourcePosition(4, 3));
        assertThat(result.positionOf(EntityRef.parse("group:default/platform"))).contains(new SourcePosition(13, 5));
        assertThat(result.positions()).hasSize(2);
        assertThat(result.problems()).hasSize(1);
    }
}
