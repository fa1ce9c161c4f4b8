package dev.socle.home;

import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.EntityChange;
import dev.socle.catalog.model.EntityRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The entities this instance saw change last, newest first, for the home page. Fed by the catalog's
 * {@link EntitiesChanged} events after they commit; hearing the same change twice (after a restart) only moves it to
 * the top again.
 */
@Component
public class RecentCatalogChanges {

    /** How many changes the home page lists. */
    static final int SHOWN = 8;

    private final Deque<RecentChange> recent = new ArrayDeque<>();

    @ApplicationModuleListener
    void on(EntitiesChanged changed) {
        List<EntityRef> refs = changed.refs();
        synchronized (recent) {
            for (EntityRef ref : refs.subList(Math.max(0, refs.size() - SHOWN), refs.size())) {
                recent.removeIf(change -> change.ref().equals(ref));
                recent.addFirst(new RecentChange(ref, changed.change()));
            }
            while (recent.size() > SHOWN) {
                recent.removeLast();
            }
        }
    }

    /** The last changes, newest first; at most {@value #SHOWN}. */
    public List<RecentChange> latest() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /**
     * An entity that changed.
     *
     * @param ref the entity
     * @param change how it last changed
     */
    public record RecentChange(EntityRef ref, EntityChange change) {}
}
