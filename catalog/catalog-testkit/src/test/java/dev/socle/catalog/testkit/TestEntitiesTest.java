package dev.socle.catalog.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.parse.DescriptorParser;
import dev.socle.catalog.parse.ParseResult;
import dev.socle.catalog.parse.ParsedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TestEntitiesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aComponentStartsWithWhatBackstageRequiresAndTakesWhatTheTestNames() {
        assertThat(TestEntities.component("payments")
                        .ownedBy("team-b")
                        .inSystem("billing")
                        .providesApis("payments-api")
                        .dependsOn("resource:payments-db")
                        .yaml())
                .isEqualTo("""
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata:
                          name: payments
                        spec:
                          type: service
                          lifecycle: production
                          owner: team-b
                          system: billing
                          providesApis: [payments-api]
                          dependsOn: [resource:payments-db]
                        """);
    }

    @Test
    void theYamlReadsBackAsTheJsonForEveryKind() {
        List<EntityBuilder> entities = List.of(
                TestEntities.component("payments")
                        .namespace("ops")
                        .title("Payments: \"the\" service")
                        .description("Takes money\nand gives receipts")
                        .label("tier", "1")
                        .annotation("backstage.io/techdocs-ref", "dir:.")
                        .tags("java", "yes"),
                TestEntities.api("payments-api").definition("openapi: 3.0.0\ninfo:\n  title: Payments\n"),
                TestEntities.system("billing").inDomain("money"),
                TestEntities.domain("money"),
                TestEntities.resource("payments-db").type("database"),
                TestEntities.group("team-a")
                        .parent("engineering")
                        .children("team-b")
                        .members("alice"),
                TestEntities.user("alice").memberOf("team-a"),
                TestEntities.location("root", "./a.yaml", "https://example.com/b.yaml"));

        ParseResult parsed = new DescriptorParser()
                .parse("catalog-info.yaml", TestEntities.yaml(entities.toArray(EntityBuilder[]::new)));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.documents()).hasSize(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            ParsedDocument document = parsed.documents().get(i);
            assertThat(document.content())
                    .as(entities.get(i).ref())
                    .isEqualTo(JSON.readTree(entities.get(i).json()));
        }
    }

    @Test
    void aRefNamesKindNamespaceAndName() {
        assertThat(TestEntities.group("team-a").ref()).isEqualTo("group:default/team-a");
        assertThat(TestEntities.api("x").namespace("ops").ref()).isEqualTo("api:ops/x");
    }
}
