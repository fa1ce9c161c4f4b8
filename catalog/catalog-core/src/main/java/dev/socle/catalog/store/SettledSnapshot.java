package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A location snapshot once settled (see {@link CatalogStore#settle}): the entities left to stitch, in chunks that
 * touch disjoint rows and can be stitched in parallel, each with {@link CatalogStore#stitch}.
 */
public final class SettledSnapshot {

    private final List<String> stitch;
    private final EntityStitcher.StitchScope scope;
    private final int kept;
    private final int deleted;

    /**
     * @param stitch refs to stitch
     * @param scope what the stitch should know about them
     * @param kept entities kept at their last good version
     * @param deleted entities deleted
     */
    SettledSnapshot(List<String> stitch, EntityStitcher.StitchScope scope, int kept, int deleted) {
        this.stitch = List.copyOf(stitch);
        this.scope = scope;
        this.kept = kept;
        this.deleted = deleted;
    }

    /** The refs to stitch, in chunks of at most {@code size}. */
    public Collection<List<String>> chunks(int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < stitch.size(); from += size) {
            chunks.add(stitch.subList(from, Math.min(stitch.size(), from + size)));
        }
        return chunks;
    }

    EntityStitcher.StitchScope scope() {
        return scope;
    }

    int kept() {
        return kept;
    }

    int deleted() {
        return deleted;
    }
}
