package dev.socle.catalog.generator;

/**
 * A relation the catalog must show once the organisation is fully stitched, as Backstage serialises it on the
 * source entity: {@code {"type": "ownedBy", "targetRef": "group:default/team-3"}}.
 */
public record ExpectedRelation(String sourceRef, String type, String targetRef) {

    /** One line of the expectations file: source, type and target separated by tabs. */
    public String line() {
        return sourceRef + "\t" + type + "\t" + targetRef;
    }

    public static ExpectedRelation parse(String line) {
        String[] parts = line.split("\t");
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "An expected relation is 'source<TAB>type<TAB>target', but the line was '" + line + "'");
        }
        return new ExpectedRelation(parts[0], parts[1], parts[2]);
    }
}
