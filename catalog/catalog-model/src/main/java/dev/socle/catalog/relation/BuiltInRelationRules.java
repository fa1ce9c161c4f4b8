package dev.socle.catalog.relation;

import static dev.socle.catalog.model.RelationType.CHILD_OF;
import static dev.socle.catalog.model.RelationType.CONSUMES_API;
import static dev.socle.catalog.model.RelationType.DEPENDENCY_OF;
import static dev.socle.catalog.model.RelationType.DEPENDS_ON;
import static dev.socle.catalog.model.RelationType.HAS_MEMBER;
import static dev.socle.catalog.model.RelationType.MEMBER_OF;
import static dev.socle.catalog.model.RelationType.OWNED_BY;
import static dev.socle.catalog.model.RelationType.PARENT_OF;
import static dev.socle.catalog.model.RelationType.PART_OF;
import static dev.socle.catalog.model.RelationType.PROVIDES_API;

import java.util.List;
import java.util.Map;

/** Which spec fields of Backstage's built-in kinds imply which relations (as its BuiltinKindsEntityProcessor). */
final class BuiltInRelationRules {

    private static final RelationRule OWNER = RelationRule.of("owner", "Group", OWNED_BY);
    private static final RelationRule SYSTEM = RelationRule.of("system", "System", PART_OF);
    private static final RelationRule DEPENDS = RelationRule.of("dependsOn", null, DEPENDS_ON);
    private static final RelationRule DEPENDENCY = RelationRule.of("dependencyOf", null, DEPENDENCY_OF);

    private static final Map<String, List<RelationRule>> BY_KIND = Map.of(
            "Component",
                    List.of(
                            OWNER,
                            RelationRule.of("subcomponentOf", "Component", PART_OF),
                            RelationRule.of("providesApis", "API", PROVIDES_API),
                            RelationRule.of("consumesApis", "API", CONSUMES_API),
                            DEPENDS,
                            DEPENDENCY,
                            SYSTEM),
            "API", List.of(OWNER, SYSTEM),
            "Resource", List.of(OWNER, DEPENDS, DEPENDENCY, SYSTEM),
            "System",
                    List.of(
                            OWNER,
                            RelationRule.of("domain", "Domain", PART_OF),
                            RelationRule.of("subsystemOf", "System", PART_OF)),
            "Domain", List.of(OWNER, RelationRule.of("subdomainOf", "Domain", PART_OF)),
            "Group",
                    List.of(
                            RelationRule.of("parent", "Group", CHILD_OF),
                            RelationRule.of("children", "Group", PARENT_OF),
                            RelationRule.of("members", "User", HAS_MEMBER)),
            "User", List.of(RelationRule.of("memberOf", "Group", MEMBER_OF)),
            "Template", List.of(OWNER));

    private BuiltInRelationRules() {}

    static List<RelationRule> forKind(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }
}
