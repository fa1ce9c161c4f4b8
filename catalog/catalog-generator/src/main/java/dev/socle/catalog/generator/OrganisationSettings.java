package dev.socle.catalog.generator;

/**
 * What organisation to generate.
 *
 * @param entities how many entities, split across kinds as in a real organisation (the root Location comes on top)
 * @param seed the same seed and size always give byte-identical files
 * @param documented components that get a MkDocs site ({@code mkdocs.yml} and {@code docs/})
 * @param pages Markdown pages per documented component
 * @param broken descriptor files made deliberately invalid, each with a realistic mistake
 * @param namespaces namespaces used besides {@code default}
 * @param nestedLocations whether the root Location leads to one Location file per top-level folder ({@code org},
 *     {@code systems}, {@code repos}, {@code broken}) which lists that folder's files, instead of listing every file
 *     itself; each nested Location is one more entity
 */
public record OrganisationSettings(
        int entities, long seed, int documented, int pages, int broken, int namespaces, boolean nestedLocations) {

    public OrganisationSettings {
        if (entities < 7) {
            throw new IllegalArgumentException("An organisation needs at least 7 entities (one of each kind), but "
                    + entities + " were asked for");
        }
        if (documented < 0 || pages < 1 || broken < 0 || namespaces < 0) {
            throw new IllegalArgumentException("Documented components (" + documented + "), broken files (" + broken
                    + ") and namespaces (" + namespaces + ") cannot be negative, and pages (" + pages
                    + ") must be at least 1");
        }
    }

    /** The benchmark's organisation: seed 42, no documentation, nothing broken, three extra namespaces. */
    public static OrganisationSettings of(int entities) {
        return new OrganisationSettings(entities, 42, 0, 5, 0, 3, false);
    }

    public OrganisationSettings withSeed(long newSeed) {
        return new OrganisationSettings(entities, newSeed, documented, pages, broken, namespaces, nestedLocations);
    }

    public OrganisationSettings withNestedLocations() {
        return new OrganisationSettings(entities, seed, documented, pages, broken, namespaces, true);
    }
}
