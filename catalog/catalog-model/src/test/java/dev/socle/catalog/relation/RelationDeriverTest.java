package dev.socle.catalog.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RelationDeriverTest {

    private final RelationDeriver deriver = new RelationDeriver();
    private final JsonMapper json = JsonMapper.builder().build();

    private Entity entity(String kind, String namespace, String name, String spec) {
        return Entity.fromJson(json.readTree("{\"apiVersion\": \"backstage.io/v1alpha1\", \"kind\": \"" + kind
                + "\", \"metadata\": {\"name\": \"" + name + "\", \"namespace\": \"" + namespace + "\"}, \"spec\": "
                + spec + "}"));
    }

    private static Relation rel(String source, String type, String target) {
        return new Relation(EntityRef.parse(source), type, EntityRef.parse(target));
    }

    @Test
    void componentImpliesEveryBackstageEdgeInBothDirections() {
        Entity checkout = entity("Component", "shop", "checkout", """
                {"type": "service", "lifecycle": "production", "owner": "payments", "system": "store",
                 "subcomponentOf": "platform/core", "providesApis": ["checkout-api"], "consumesApis": ["api:stripe/charges"],
                 "dependsOn": ["resource:checkout-db"], "dependencyOf": ["component:frontend"]}
                """);
        DerivedRelations derived = deriver.derive(checkout);
        assertThat(derived.problems()).isEmpty();
        String self = "component:shop/checkout";
        assertThat(derived.relations())
                .containsExactlyInAnyOrder(
                        rel(self, "ownedBy", "group:shop/payments"), rel("group:shop/payments", "ownerOf", self),
                        rel(self, "partOf", "system:shop/store"), rel("system:shop/store", "hasPart", self),
                        rel(self, "partOf", "component:platform/core"), rel("component:platform/core", "hasPart", self),
                        rel(self, "providesApi", "api:shop/checkout-api"),
                                rel("api:shop/checkout-api", "apiProvidedBy", self),
                        rel(self, "consumesApi", "api:stripe/charges"),
                                rel("api:stripe/charges", "apiConsumedBy", self),
                        rel(self, "dependsOn", "resource:shop/checkout-db"),
                                rel("resource:shop/checkout-db", "dependencyOf", self),
                        rel(self, "dependencyOf", "component:shop/frontend"),
                                rel("component:shop/frontend", "dependsOn", self));
    }

    @Test
    void refWithoutNamespaceTakesTheReferringEntitysNamespace() {
        DerivedRelations derived =
                deriver.derive(entity("User", "acme", "jo", "{\"memberOf\": [\"sre\", \"hr/people\"]}"));
        assertThat(derived.relations())
                .contains(
                        rel("user:acme/jo", "memberOf", "group:acme/sre"),
                        rel("group:acme/sre", "hasMember", "user:acme/jo"),
                        rel("user:acme/jo", "memberOf", "group:hr/people"));
    }

    @Test
    void groupParentChildrenAndMembersUseGroupAndUserDefaults() {
        DerivedRelations derived = deriver.derive(entity(
                "Group",
                "acme",
                "platform",
                "{\"type\": \"team\", \"parent\": \"engineering\", \"children\": [\"sre\"], \"members\": [\"jo\"]}"));
        assertThat(derived.relations())
                .containsExactlyInAnyOrder(
                        rel("group:acme/platform", "childOf", "group:acme/engineering"),
                        rel("group:acme/engineering", "parentOf", "group:acme/platform"),
                        rel("group:acme/platform", "parentOf", "group:acme/sre"),
                        rel("group:acme/sre", "childOf", "group:acme/platform"),
                        rel("group:acme/platform", "hasMember", "user:acme/jo"),
                        rel("user:acme/jo", "memberOf", "group:acme/platform"));
    }

    @Test
    void systemDomainApiResourceAndTemplateEdges() {
        assertThat(deriver.derive(entity(
                                "System",
                                "default",
                                "store",
                                "{\"owner\": \"user:jo\", \"domain\": \"commerce\", \"subsystemOf\": \"shop\"}"))
                        .relations())
                .contains(
                        rel("system:default/store", "ownedBy", "user:default/jo"),
                        rel("system:default/store", "partOf", "domain:default/commerce"),
                        rel("system:default/store", "partOf", "system:default/shop"));
        assertThat(deriver.derive(entity(
                                "Domain",
                                "default",
                                "commerce",
                                "{\"owner\": \"payments\", \"subdomainOf\": \"business\"}"))
                        .relations())
                .contains(
                        rel("domain:default/commerce", "partOf", "domain:default/business"),
                        rel("domain:default/business", "hasPart", "domain:default/commerce"));
        assertThat(deriver.derive(
                                entity("API", "default", "orders", "{\"owner\": \"payments\", \"system\": \"store\"}"))
                        .relations())
                .contains(rel("api:default/orders", "partOf", "system:default/store"));
        assertThat(deriver.derive(
                                entity(
                                        "Resource",
                                        "default",
                                        "db",
                                        "{\"owner\": \"payments\", \"dependencyOf\": [\"component:checkout\"], \"system\": \"store\"}"))
                        .relations())
                .contains(
                        rel("resource:default/db", "dependencyOf", "component:default/checkout"),
                        rel("component:default/checkout", "dependsOn", "resource:default/db"),
                        rel("resource:default/db", "partOf", "system:default/store"));
        assertThat(deriver.derive(entity("Template", "default", "t", "{\"owner\": \"payments\"}"))
                        .relations())
                .containsExactly(
                        rel("template:default/t", "ownedBy", "group:default/payments"),
                        rel("group:default/payments", "ownerOf", "template:default/t"));
    }

    @Test
    void dependsOnWithoutKindIsAProblemNotAnException() {
        DerivedRelations derived = deriver.derive(entity(
                "Component",
                "default",
                "checkout",
                "{\"owner\": \"payments\", \"dependsOn\": [\"checkout-db\", \"resource:cache\"]}"));
        assertThat(derived.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/spec/dependsOn/0");
            assertThat(problem.message())
                    .startsWith("spec.dependsOn: ")
                    .contains("'checkout-db'")
                    .contains("no kind");
        });
        assertThat(derived.relations())
                .contains(rel("component:default/checkout", "dependsOn", "resource:default/cache"));
    }

    @Test
    void compoundRefsInTheSpecAreRead() {
        DerivedRelations derived = deriver.derive(
                entity("Component", "shop", "checkout", "{\"owner\": {\"kind\": \"User\", \"name\": \"jo\"}}"));
        assertThat(derived.relations()).contains(rel("component:shop/checkout", "ownedBy", "user:shop/jo"));
    }

    @Test
    void kindsWithoutRulesImplyNothing() {
        assertThat(deriver.derive(entity("Location", "default", "l", "{\"target\": \"./x.yaml\"}"))
                        .relations())
                .isEmpty();
        assertThat(deriver.derive(entity("Workflow", "default", "w", "{\"owner\": \"payments\"}"))
                        .relations())
                .isEmpty();
    }

    @Test
    void outgoingRelationsCanBeSelectedForTheEntity() {
        Entity user = entity("User", "default", "jo", "{\"memberOf\": [\"a\", \"b\"]}");
        assertThat(deriver.derive(user).from(user.ref()))
                .extracting(Relation::type)
                .containsExactly("memberOf", "memberOf");
    }
}
