package dev.socle.catalog.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Descriptors for tests, built instead of pasted: {@code TestEntities.component("payments").ownedBy("team-a").yaml()}.
 * Each kind starts with the fields Backstage requires, set to plain values (type {@code service}, lifecycle
 * {@code production}, owner {@code team-a}), so that a test only names what it is about.
 */
public final class TestEntities {

    static final String DEFAULT_OWNER = "team-a";

    private TestEntities() {}

    public static EntityBuilder component(String name) {
        return new EntityBuilder("Component", name)
                .spec("type", "service")
                .spec("lifecycle", "production")
                .spec("owner", DEFAULT_OWNER);
    }

    public static EntityBuilder api(String name) {
        return new EntityBuilder("API", name)
                .spec("type", "openapi")
                .spec("lifecycle", "production")
                .spec("owner", DEFAULT_OWNER)
                .spec("definition", "openapi: 3.0.0");
    }

    public static EntityBuilder system(String name) {
        return new EntityBuilder("System", name).spec("owner", DEFAULT_OWNER);
    }

    public static EntityBuilder domain(String name) {
        return new EntityBuilder("Domain", name).spec("owner", DEFAULT_OWNER);
    }

    public static EntityBuilder resource(String name) {
        return new EntityBuilder("Resource", name).spec("type", "database").spec("owner", DEFAULT_OWNER);
    }

    public static EntityBuilder group(String name) {
        return new EntityBuilder("Group", name).spec("type", "team").spec("children", List.of());
    }

    public static EntityBuilder user(String name) {
        return new EntityBuilder("User", name).spec("memberOf", List.of());
    }

    /** A Location entity whose {@code spec.targets} are the given (usually relative) paths or URLs. */
    public static EntityBuilder location(String name, String... targets) {
        return new EntityBuilder("Location", name).spec("targets", List.of(targets));
    }

    /** Several descriptors in one file, separated by {@code ---}. */
    public static String yaml(EntityBuilder... entities) {
        return Arrays.stream(entities).map(EntityBuilder::yaml).collect(Collectors.joining("---\n"));
    }
}
