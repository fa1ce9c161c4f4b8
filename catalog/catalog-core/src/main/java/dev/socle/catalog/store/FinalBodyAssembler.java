package dev.socle.catalog.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stitches the served body of an entity: the processed body plus {@code metadata.uid}, the managed-by annotations,
 * the orphan annotation when orphaned, the relations (deduplicated, sorted by type and target) and
 * {@code metadata.etag}, the hash of everything else.
 */
final class FinalBodyAssembler {

    public static final String MANAGED_BY_LOCATION = "backstage.io/managed-by-location";
    public static final String MANAGED_BY_ORIGIN_LOCATION = "backstage.io/managed-by-origin-location";
    public static final String ORPHAN = "backstage.io/orphan";

    private FinalBodyAssembler() {}

    public static FinalBody assemble(
            UUID uid,
            ObjectNode processedBody,
            @Nullable String managedByLocation,
            @Nullable String managedByOriginLocation,
            boolean orphan,
            Collection<StoredRelation> relations) {
        ObjectNode body = processedBody.deepCopy();
        ObjectNode metadata = body.has("metadata") && body.get("metadata").isObject()
                ? (ObjectNode) body.get("metadata")
                : body.putObject("metadata");
        metadata.remove("etag");
        if (managedByLocation != null || managedByOriginLocation != null || orphan) {
            ObjectNode annotations =
                    metadata.has("annotations") && metadata.get("annotations").isObject()
                            ? (ObjectNode) metadata.get("annotations")
                            : metadata.putObject("annotations");
            if (managedByLocation != null) {
                annotations.put(MANAGED_BY_LOCATION, managedByLocation);
            }
            if (managedByOriginLocation != null) {
                annotations.put(MANAGED_BY_ORIGIN_LOCATION, managedByOriginLocation);
            }
            if (orphan) {
                annotations.put(ORPHAN, "true");
            }
        }
        metadata.put("uid", uid.toString());
        ArrayNode array = body.putArray("relations");
        for (StoredRelation relation : distinctSorted(relations)) {
            array.addObject().put("type", relation.type()).put("targetRef", relation.targetRef());
        }
        String etag = ContentHash.etag(JsonText.write(body));
        metadata.put("etag", etag);
        return new FinalBody(body, JsonText.write(body), etag);
    }

    private static List<StoredRelation> distinctSorted(Collection<StoredRelation> relations) {
        Map<String, StoredRelation> distinct = new LinkedHashMap<>();
        relations.stream()
                .sorted(Comparator.comparing(StoredRelation::type)
                        .thenComparing(relation -> relation.targetRef().toLowerCase(Locale.ROOT))
                        .thenComparing(StoredRelation::targetRef))
                .forEach(relation -> distinct.putIfAbsent(
                        relation.type() + ' ' + relation.targetRef().toLowerCase(Locale.ROOT), relation));
        return List.copyOf(distinct.values());
    }
}
