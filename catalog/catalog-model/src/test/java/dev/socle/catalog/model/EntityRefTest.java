package dev.socle.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EntityRefTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void fullShortFormKeepsEveryPart() {
        assertThat(EntityRef.parse("component:payments/checkout"))
                .isEqualTo(new EntityRef("component", "payments", "checkout"));
    }

    @Test
    void refWithoutNamespaceTakesTheReferringEntitysNamespace() {
        EntityRef ref = EntityRef.parse("team-a", "Group", "acme");
        assertThat(ref.kind()).isEqualTo("Group");
        assertThat(ref.namespace()).isEqualTo("acme");
        assertThat(ref.name()).isEqualTo("team-a");
    }

    @Test
    void namespaceWithoutKindTakesTheDefaultKind() {
        assertThat(EntityRef.parse("ops/team-b", "Group", "acme")).isEqualTo(new EntityRef("Group", "ops", "team-b"));
    }

    @Test
    void colonAfterTheSlashBelongsToTheName() {
        EntityRef ref = EntityRef.parse("ns/name:with-colon", "Component", "default");
        assertThat(ref.namespace()).isEqualTo("ns");
        assertThat(ref.name()).isEqualTo("name:with-colon");
    }

    @Test
    void missingKindWithoutDefaultIsRefused() {
        assertThatThrownBy(() -> EntityRef.parse("billing-db", null, "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessageContaining("'billing-db'")
                .hasMessageContaining("has no kind")
                .hasMessageContaining("component:billing-db");
    }

    @Test
    void emptyPartsAreRefusedWithTheExpectedShape() {
        assertThatThrownBy(() -> EntityRef.parse("component:/x", null, "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessageContaining("'component:/x'")
                .hasMessageContaining("[<kind>:][<namespace>/]<name>");
        assertThatThrownBy(() -> EntityRef.parse("component:", null, "default"))
                .isInstanceOf(InvalidEntityRefException.class);
    }

    @Test
    void equalityAndHashIgnoreCase() {
        EntityRef upper = new EntityRef("Component", "Default", "Checkout");
        EntityRef lower = new EntityRef("component", "default", "checkout");
        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper).isNotEqualTo(new EntityRef("component", "default", "checkout-v2"));
        assertThat(new EntityRef("group", "default", "ÉQUIPE"))
                .isEqualTo(new EntityRef("Group", "default", "équipe"))
                .hasSameHashCodeAs(new EntityRef("Group", "default", "équipe"));
        assertThat(new EntityRef("component", "ab", "c")).isNotEqualTo(new EntityRef("component", "a", "bc"));
    }

    @Test
    void canonicalFormLowerCasesKindAndNamespaceLikeBackstage() {
        EntityRef ref = new EntityRef("Component", "Payments", "Checkout");
        assertThat(ref.canonical()).isEqualTo("component:payments/Checkout");
        assertThat(ref).hasToString("component:payments/Checkout");
    }

    @Test
    void compoundJsonRefFillsMissingPartsFromDefaults() {
        EntityRef ref = EntityRef.parse(json.readTree("{\"name\": \"team-a\"}"), "Group", "acme");
        assertThat(ref).isEqualTo(new EntityRef("group", "acme", "team-a"));
        EntityRef full = EntityRef.parse(
                json.readTree("{\"kind\": \"User\", \"namespace\": \"hr\", \"name\": \"jo\"}"), "Group", "acme");
        assertThat(full).isEqualTo(new EntityRef("user", "hr", "jo"));
    }

    @Test
    void compoundMapRefIsReadLikeJson() {
        assertThat(EntityRef.parse(Map.of("kind", "API", "name", "orders"), null, "shop"))
                .isEqualTo(new EntityRef("api", "shop", "orders"));
    }

    @Test
    void compoundRefWithoutNameIsRefused() {
        assertThatThrownBy(() -> EntityRef.parse(Map.of("kind", "API"), null, "shop"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessageContaining("has no name");
    }

    @Test
    void jsonRefOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> EntityRef.parse(json.readTree("42"), "Group", "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessageContaining("must be a string");
    }

    @Test
    void blankPartsCannotBuildARef() {
        assertThatThrownBy(() -> new EntityRef("component", " ", "x"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessageContaining("namespace");
    }
}
