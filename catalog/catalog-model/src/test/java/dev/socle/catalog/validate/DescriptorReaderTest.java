package dev.socle.catalog.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReaderTest {

    private static final String ORG = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: engineering
              namespace: acme
            spec:
              type: department
              children: [platform]
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: platform
              namespace: acme
            spec:
              type: team
              parent: engineering
              children: []
              members: [jo, hr/sam]
            ---
            apiVersion: backstage.io/v1alpha1
            kind: User
            metadata:
              name: jo
              namespace: acme
            spec:
              profile: {displayName: Jo, email: jo@acme.example}
              memberOf: [platform]
            ---
            apiVersion: backstage.io/v1alpha1
            kind: User
            metadata:
              name: sam
              namespace: hr
            spec:
              memberOf: [group:acme/platform]
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: orders-api
              namespace: acme
            spec:
              type: openapi
              lifecycle: production
              owner: platform
              definition:
                $text: ./api/openapi.yaml
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: orders
              namespace: acme
            spec:
              type: service
              lifecycle: production
              owner: platform
              providesApis: [orders-api]
              dependsOn: [orders-db]
            """;

    @TempDir
    Path root;

    private DescriptorReadResult read(String yaml) throws IOException {
        Files.createDirectories(root.resolve("orders/api"));
        Files.writeString(root.resolve("orders/api/openapi.yaml"), "openapi: 3.0.3\ninfo: {title: Orders}\n");
        return new DescriptorReader(CatalogRules.BUILT_IN_ONLY)
                .read(
                        "orders/catalog-info.yaml",
                        yaml.getBytes(StandardCharsets.UTF_8),
                        "orders/catalog-info.yaml",
                        DescriptorSource.directory(root));
    }

    @Test
    void readsAnOrganisationAcrossNamespacesWithRelationsBothWays() throws IOException {
        DescriptorReadResult result = read(ORG.replace("dependsOn: [orders-db]", "dependsOn: [resource:orders-db]"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.entities())
                .extracting(Entity::ref)
                .containsExactly(
                        EntityRef.parse("group:acme/engineering"),
                        EntityRef.parse("group:acme/platform"),
                        EntityRef.parse("user:acme/jo"),
                        EntityRef.parse("user:hr/sam"),
                        EntityRef.parse("api:acme/orders-api"),
                        EntityRef.parse("component:acme/orders"));
        assertThat(result.relations())
                .contains(
                        rel("group:acme/platform", "hasMember", "user:hr/sam"),
                        rel("user:hr/sam", "memberOf", "group:acme/platform"),
                        rel("group:acme/engineering", "parentOf", "group:acme/platform"),
                        rel("group:acme/platform", "ownerOf", "component:acme/orders"),
                        rel("api:acme/orders-api", "apiProvidedBy", "component:acme/orders"),
                        rel("resource:acme/orders-db", "dependencyOf", "component:acme/orders"));
        Entity platform = result.entities().get(1);
        assertThat(platform.relations())
                .allSatisfy(relation -> assertThat(relation.source()).isEqualTo(platform.ref()));
        assertThat(platform.relations()).extracting(Relation::type).contains("childOf", "hasMember");
    }

    @Test
    void apiDefinitionIsReadFromTheFileBesideTheDescriptor() throws IOException {
        DescriptorReadResult result = read(ORG.replace("dependsOn: [orders-db]", "dependsOn: []"));
        Entity api = result.entities().stream()
                .filter(entity -> entity.kind().equals("API"))
                .findFirst()
                .orElseThrow();
        assertThat(api.spec().get("definition").asString()).isEqualTo("openapi: 3.0.3\ninfo: {title: Orders}\n");
        assertThat(api.toJson().at("/spec/definition").asString()).startsWith("openapi: 3.0.3");
    }

    @Test
    void dependsOnWithoutKindIsLocatedAtTheItemAndDropsOnlyThatEntity() throws IOException {
        DescriptorReadResult result = read(ORG);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(60);
            assertThat(problem.column()).isEqualTo(15);
            assertThat(problem.message()).contains("'orders-db'").contains("no kind");
        });
        assertThat(result.entities()).hasSize(5).extracting(Entity::kind).doesNotContain("Component");
    }

    @Test
    void invalidEntitiesAreReportedWithFileLineAndColumnAndLeftOut() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: good
                spec: {type: service, lifecycle: production, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: no owner
                spec:
                  type: service
                  lifecycle: production
                """);
        assertThat(result.entities())
                .extracting(entity -> entity.metadata().name())
                .containsExactly("good");
        assertThat(result.problems())
                .extracting(DescriptorProblem::toString)
                .containsExactlyInAnyOrder(
                        "orders/catalog-info.yaml:10:3: metadata.name 'no owner' is not a valid name: use 1-63 letters, "
                                + "digits, '-', '_' or '.', starting and ending with a letter or digit, e.g. payments-api.",
                        "orders/catalog-info.yaml:11:1: spec.owner is required for kind Component: name the owning group, "
                                + "e.g. owner: team-a.");
    }

    @Test
    void placeholderOutsideTheRootIsAProblemAndTheEntityIsLeftOut() throws IOException {
        DescriptorReadResult result = read(ORG.replace("./api/openapi.yaml", "../../etc/passwd")
                .replace("dependsOn: [orders-db]", "dependsOn: []"));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(48);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("leaves the location's root");
        });
        assertThat(result.entities()).extracting(Entity::kind).doesNotContain("API");
    }

    @Test
    void unknownMetadataFieldsPassAndAreKeptAsWritten() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  custom: kept
                  acme: {tier: gold}
                spec: {type: service, lifecycle: production, owner: payments}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.toJson().at("/metadata/custom").asString()).isEqualTo("kept");
            assertThat(entity.toJson().at("/metadata/acme/tier").asString()).isEqualTo("gold");
        });
    }

    @Test
    void sameEntityTwiceInOneFileIsAProblem() throws IOException {
        String component = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: twin}
                spec: {type: service, lifecycle: production, owner: team-a}
                """;
        DescriptorReadResult result = read(component + "---\n" + component.replace("twin", "Twin"));
        assertThat(result.entities()).hasSize(1);
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("component:default/Twin is defined twice")
                .contains("document 1");
    }

    private static Relation rel(String source, String type, String target) {
        return new Relation(EntityRef.parse(source), type, EntityRef.parse(target));
    }
}
