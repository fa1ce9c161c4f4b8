package dev.socle.catalog;

import dev.socle.catalog.model.EntityRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Entities changed the same way, published in the transaction that changed them. A write that changes more than
 * {@value #MAX_REFS} entities publishes several events, so that each stays small; a location of 100,000 entities is
 * registered as about a hundred of them.
 *
 * @param change how they changed
 * @param refs the entities, lower-cased as the catalog keys them ({@link EntityRef} compares ignoring case); at
 *     most {@value #MAX_REFS}
 * @param trigger what caused the change
 * @param actor who asked for it (the API caller), or {@code null} for the catalog's own work
 */
public record EntitiesChanged(
        EntityChange change,
        List<EntityRef> refs,
        ChangeTrigger trigger,
        @Nullable String actor) {

    /** The most refs one event carries. */
    public static final int MAX_REFS = 1000;

    public EntitiesChanged {
        refs = List.copyOf(refs);
        if (refs.isEmpty() || refs.size() > MAX_REFS) {
            throw new IllegalArgumentException("An EntitiesChanged event carries 1 to " + MAX_REFS + " refs, got "
                    + refs.size() + "; publish one event per slice of refs.");
        }
    }
}
