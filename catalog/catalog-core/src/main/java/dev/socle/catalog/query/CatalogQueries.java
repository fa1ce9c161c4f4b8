package dev.socle.catalog.query;

import dev.socle.catalog.index.CatalogIndex;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.HistoryRecord;
import dev.socle.catalog.store.JsonText;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Reads the catalog with Backstage's semantics; every entity is served as its stitched final body. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    private static final int REFS_PER_QUERY = 1000;
    private static final int MAX_ANCESTRY = 64;
    /** Rows whose served body is stitched: a snapshot being stored writes content first, bodies last. */
    private static final String STITCHED = " and e.etag <> ''";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityPager pager;
    private final CatalogIndex index;
    private final CatalogStore store;
    private final EntityProblemReads problemReads;

    CatalogQueries(
            NamedParameterJdbcTemplate jdbc,
            EntityPager pager,
            CatalogIndex index,
            CatalogStore store,
            EntityProblemReads problemReads) {
        this.jdbc = jdbc;
        this.problemReads = problemReads;
        this.pager = pager;
        this.index = index;
        this.store = store;
    }

    /** One statement needs no transaction: on PostgreSQL, its BEGIN and COMMIT would triple the round trips. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<StoredEntity> byRef(EntityRef ref) {
        return jdbc
                .query(
                        "select " + StoredEntityMapper.COLUMNS + " from catalog_entity e where e.entity_ref = :ref"
                                + STITCHED,
                        Map.of("ref", key(ref)),
                        StoredEntityMapper.INSTANCE)
                .stream()
                .findFirst();
    }

    /**
     * The entity with the problems recorded about it, read in one statement without a transaction: serving an
     * entity is the catalog's most frequent request, and each round trip to PostgreSQL shows in its latency.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<EntityWithProblems> byRefWithProblems(EntityRef ref) {
        return withProblems("e.entity_ref = :ref", Map.of("ref", key(ref)));
    }

    /** As {@link #byRefWithProblems}, by uid; empty also when the text is no uid at all. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<EntityWithProblems> byUidWithProblems(String uid) {
        UUID id;
        try {
            id = UUID.fromString(uid);
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
        return withProblems("e.uid = :uid", Map.of("uid", id));
    }

    private Optional<EntityWithProblems> withProblems(String condition, Map<String, ?> parameters) {
        return Optional.ofNullable(jdbc.query(
                        "select " + StoredEntityMapper.COLUMNS + ", e.location_id as"
                                + " entity_location, p.location_id, l.type, l.target, p.file, p.line, p.col, p.message, p.kind,"
                                + " p.entity_ref, p.source_commit from catalog_entity e"
                                + " left join catalog_location_problem p on p.entity_ref = e.entity_ref"
                                + " left join catalog_location l on l.id = p.location_id"
                                + " where " + condition + STITCHED + " order by p.id",
                        parameters,
                        rows -> {
                            if (!rows.next()) {
                                return null;
                            }
                            StoredEntity entity = StoredEntityMapper.INSTANCE.mapRow(rows, 0);
                            UUID location = rows.getObject("entity_location", UUID.class);
                            List<EntityProblemReads.Joined> joined = new ArrayList<>();
                            do {
                                EntityProblemReads.Joined problem = EntityProblemReads.Joined.read(rows);
                                if (problem != null) {
                                    joined.add(problem);
                                }
                            } while (rows.next());
                            return new Found(entity, location, joined);
                        }))
                .map(found -> new EntityWithProblems(
                        found.entity(), problemReads.of(found.entity(), found.location(), found.joined())));
    }

    /** An entity read with the problem rows joined to it, before they are explained. */
    private record Found(StoredEntity entity, @Nullable UUID location, List<EntityProblemReads.Joined> joined) {}

    /** The entities in the order of the refs, empty where none exists. */
    public List<Optional<StoredEntity>> byRefs(List<EntityRef> refs) {
        Map<String, StoredEntity> found = new HashMap<>();
        List<String> keys = refs.stream().map(CatalogQueries::key).distinct().toList();
        for (int from = 0; from < keys.size(); from += REFS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + REFS_PER_QUERY));
            jdbc.query(
                    "select " + StoredEntityMapper.COLUMNS + ", e.entity_ref from catalog_entity e"
                            + " where e.entity_ref in (:refs)" + STITCHED,
                    Map.of("refs", chunk),
                    row -> {
                        found.put(row.getString("entity_ref"), StoredEntityMapper.INSTANCE.mapRow(row, 0));
                    });
        }
        return refs.stream()
                .map(ref -> Optional.ofNullable(found.get(key(ref))))
                .toList();
    }

    /** A page of entities matching the query; pass {@link EntityPage#nextCursor()} back for the next one. */
    public EntityPage query(EntityQuery query) {
        return pager.page(query);
    }

    /**
     * For each facet key, the values of the matching entities with how many have each, most frequent first.
     *
     * @param facetKeys search keys such as {@code kind} or {@code spec.type}
     */
    public Map<String, List<FacetCount>> facets(EntityFilter filter, List<String> facetKeys) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        Map<String, String> requested = new LinkedHashMap<>();
        for (String key : facetKeys) {
            if (key.isBlank()) {
                throw new InvalidInputException("A facet key is empty; name a field such as kind or spec.type.");
            }
            requested.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), key);
            facets.put(key, List.of());
        }
        if (requested.isEmpty()) {
            return facets;
        }
        List<String> keys = List.copyOf(requested.keySet());
        Map<String, List<FacetCount>> counted =
                index.search(searcher -> FacetCounter.count(searcher, IndexQueries.of(filter, null, List.of()), keys));
        requested.forEach((lower, key) -> facets.put(key, counted.get(lower)));
        return facets;
    }

    /**
     * The entity and the chain of Location entities that led to it, like Backstage's ancestry: each item names the
     * entity that emitted it. An entity read straight from a registered location has no parent, as Socle's
     * registered locations are not entities.
     *
     * @throws NotFoundException when the entity does not exist
     */
    public EntityAncestry ancestry(EntityRef ref) {
        StoredEntity entity = byRef(ref)
                .orElseThrow(() -> new NotFoundException("No entity named '" + ref.name() + "' found, with kind '"
                        + ref.kind() + "' in namespace '" + ref.namespace() + "'"));
        List<AncestryItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StoredEntity current = entity;
        while (current != null && seen.add(key(current.ref())) && items.size() < MAX_ANCESTRY) {
            Optional<StoredEntity> parent = parentOf(current.ref()).flatMap(this::byRef);
            items.add(new AncestryItem(
                    current, parent.map(StoredEntity::ref).stream().toList()));
            current = parent.orElse(null);
        }
        return new EntityAncestry(entity.ref(), items);
    }

    private Optional<EntityRef> parentOf(EntityRef ref) {
        return jdbc
                .queryForList(
                        "select parent_ref from catalog_entity where entity_ref = :ref",
                        Map.of("ref", key(ref)),
                        String.class)
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(EntityRef::parse);
    }

    /** Every recorded change of the entity, newest first. */
    public List<HistoryEntry> history(EntityRef ref) {
        return store.historyOf(key(ref)).stream().map(CatalogQueries::entry).toList();
    }

    /** The served body the entity had at the given instant; empty if it did not exist then. */
    public Optional<JsonNode> asOf(EntityRef ref, Instant at) {
        return store.bodyAt(key(ref), at).map(JsonText::parse);
    }

    private static HistoryEntry entry(HistoryRecord record) {
        return new HistoryEntry(
                record.getId(),
                record.getEntityRef(),
                record.getUid(),
                record.getChangedAt(),
                record.getChange(),
                record.getTrigger(),
                record.getActor(),
                record.getLocationId(),
                record.getSourceCommit(),
                parse(record.getDiff()),
                parse(record.getBody()));
    }

    private static @Nullable JsonNode parse(@Nullable String json) {
        return json == null ? null : JsonText.parse(json);
    }

    private static String key(EntityRef ref) {
        return ref.canonical().toLowerCase(Locale.ROOT);
    }
}
