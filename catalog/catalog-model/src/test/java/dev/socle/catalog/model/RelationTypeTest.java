package dev.socle.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationTypeTest {

    @ParameterizedTest
    @EnumSource(RelationType.class)
    void everyTypesInverseLeadsBackToIt(RelationType type) {
        assertThat(type.inverse()).isNotEqualTo(type);
        assertThat(type.inverse().inverse()).isEqualTo(type);
    }

    @Test
    void wellKnownPairsMatchBackstage() {
        assertThat(RelationType.inverseOf("ownedBy")).contains("ownerOf");
        assertThat(RelationType.inverseOf("partOf")).contains("hasPart");
        assertThat(RelationType.inverseOf("providesApi")).contains("apiProvidedBy");
        assertThat(RelationType.inverseOf("consumesApi")).contains("apiConsumedBy");
        assertThat(RelationType.inverseOf("dependsOn")).contains("dependencyOf");
        assertThat(RelationType.inverseOf("parentOf")).contains("childOf");
        assertThat(RelationType.inverseOf("memberOf")).contains("hasMember");
    }

    @Test
    void customTypesHaveNoKnownInverse() {
        assertThat(RelationType.inverseOf("deploysTo")).isEmpty();
        Relation custom = new Relation(EntityRef.parse("component:a"), "deploysTo", EntityRef.parse("resource:b"));
        assertThat(custom.inverse()).isEmpty();
    }

    @Test
    void relationInverseSwapsEnds() {
        EntityRef user = EntityRef.parse("user:default/jo");
        EntityRef group = EntityRef.parse("group:default/team-a");
        assertThat(new Relation(user, RelationType.MEMBER_OF, group).inverse())
                .contains(new Relation(group, RelationType.HAS_MEMBER, user));
    }
}
