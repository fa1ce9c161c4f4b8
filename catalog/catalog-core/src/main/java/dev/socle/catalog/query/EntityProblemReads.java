package dev.socle.catalog.query;

import dev.socle.catalog.ProblemKind;
import dev.socle.catalog.query.EntityProblem.Recorded;
import dev.socle.catalog.store.ProblemRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the problem rows joined to a served entity into what its {@code status.items} explain. Two cases need a
 * second read, both rare: an entity kept at its last good version gets the actual problems of its file, and a
 * location's generated Location entity gets every problem of the location's last read (or why it could not be read).
 */
@Component
class EntityProblemReads {

    /** A location of 100,000 broken entities should not make its Location entity a 100,000-item answer. */
    static final int MAX_LOCATION_ITEMS = 100;

    private final NamedParameterJdbcTemplate jdbc;

    EntityProblemReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A problem row joined to an entity, as read with the entity.
     *
     * @param location the location that recorded it, as {@code type:target}
     */
    record Joined(UUID locationId, String location, ProblemRow row) {

        static @Nullable Joined read(ResultSet rows) throws SQLException {
            UUID locationId = rows.getObject("location_id", UUID.class);
            if (locationId == null) {
                return null;
            }
            return new Joined(
                    locationId,
                    rows.getString("type") + ":" + rows.getString("target"),
                    new ProblemRow(
                            rows.getString("file"),
                            rows.getInt("line"),
                            rows.getInt("col"),
                            rows.getString("message"),
                            ProblemKind.of(rows.getString("kind")),
                            rows.getString("entity_ref"),
                            rows.getString("source_commit")));
        }
    }

    /**
     * What the status of the entity explains.
     *
     * @param entity the entity served
     * @param entityLocation the location that manages it, or {@code null}
     * @param joined the problem rows recorded about it by any location, in the order they were recorded
     */
    List<EntityProblem> of(StoredEntity entity, @Nullable UUID entityLocation, List<Joined> joined) {
        if (entityLocation == null) {
            return List.of();
        }
        if (isGeneratedLocationEntity(entity)) {
            return ofLocation(entityLocation);
        }
        List<EntityProblem> problems = new ArrayList<>();
        for (Joined problem : joined) {
            ProblemRow row = problem.row();
            if (!problem.locationId().equals(entityLocation)) {
                if (row.kind() == ProblemKind.CONFLICT) {
                    problems.add(problem(Recorded.BY_ANOTHER_LOCATION, problem, row, null));
                }
            } else if (row.kind() == ProblemKind.KEPT) {
                List<ProblemRow> fileProblems = fileProblems(entityLocation, row.file());
                if (fileProblems.isEmpty()) {
                    problems.add(problem(Recorded.BY_ITS_LOCATION, problem, row, null));
                }
                fileProblems.forEach(fileProblem -> problems.add(
                        problem(Recorded.BY_ITS_LOCATION, problem, withKind(fileProblem, ProblemKind.KEPT), null)));
            } else {
                problems.add(problem(Recorded.BY_ITS_LOCATION, problem, row, null));
            }
        }
        return problems;
    }

    /**
     * Whether the entity is the Location entity that stands for its own registered location: Backstage's
     * {@code generated-…} entity, whose {@code spec} names the location that manages it.
     */
    static boolean isGeneratedLocationEntity(StoredEntity entity) {
        var body = entity.body();
        var spec = body.path("spec");
        return body.path("kind").asString().equalsIgnoreCase("Location")
                && entity.ref().name().startsWith("generated-")
                && (spec.path("type").asString() + ":" + spec.path("target").asString())
                        .equals(body.path("metadata")
                                .path("annotations")
                                .path("backstage.io/managed-by-location")
                                .asString());
    }

    private List<ProblemRow> fileProblems(UUID location, String file) {
        return jdbc.query(
                "select file, line, col, message, kind, entity_ref, source_commit"
                        + " from catalog_location_problem where location_id = :location and file = :file"
                        + " and entity_ref is null and kind = :kind order by id",
                Map.of("location", location, "file", file, "kind", ProblemKind.ERROR.value()),
                (row, index) -> new ProblemRow(
                        row.getString("file"),
                        row.getInt("line"),
                        row.getInt("col"),
                        row.getString("message"),
                        ProblemKind.of(row.getString("kind")),
                        null,
                        row.getString("source_commit")));
    }

    /** Every problem of the location's last read, at most {@value #MAX_LOCATION_ITEMS}; or why it was unreadable. */
    private List<EntityProblem> ofLocation(UUID location) {
        return Objects.requireNonNull(jdbc.query(
                "select l.type, l.target, l.status, l.status_message,"
                        + " l.last_commit, p.location_id, p.file, p.line, p.col, p.message, p.kind, p.entity_ref,"
                        + " p.source_commit from catalog_location l left join catalog_location_problem p"
                        + " on p.location_id = l.id and p.kind <> '" + ProblemKind.ORPHAN.value()
                        + "' where l.id = :location"
                        + " order by p.id",
                Map.of("location", location),
                rows -> {
                    List<EntityProblem> problems = new ArrayList<>();
                    if (!rows.next()) {
                        return problems;
                    }
                    String name = rows.getString("type") + ":" + rows.getString("target");
                    String status = rows.getString("status");
                    String statusMessage = rows.getString("status_message");
                    String lastCommit = rows.getString("last_commit");
                    List<ProblemRow> all = new ArrayList<>();
                    do {
                        Joined joined = Joined.read(rows);
                        if (joined != null) {
                            all.add(joined.row());
                            if (problems.size() < MAX_LOCATION_ITEMS) {
                                problems.add(problem(
                                        Recorded.FOR_THE_LOCATION,
                                        joined,
                                        joined.row(),
                                        joined.row().entityRef()));
                            }
                        }
                    } while (rows.next());
                    if (all.size() > MAX_LOCATION_ITEMS) {
                        problems.add(new EntityProblem(
                                ProblemKind.MORE,
                                Recorded.FOR_THE_LOCATION,
                                location,
                                name,
                                "",
                                0,
                                0,
                                (all.size() - MAX_LOCATION_ITEMS) + " more problems of this location are not shown"
                                        + " here; fix the ones shown and refresh the location to see the rest.",
                                null,
                                lastCommit));
                    }
                    if ("error".equals(status)
                            && statusMessage != null
                            && !statusMessage.equals(ProblemRow.summary(all))) {
                        problems.add(new EntityProblem(
                                ProblemKind.UNREADABLE,
                                Recorded.FOR_THE_LOCATION,
                                location,
                                name,
                                "",
                                0,
                                0,
                                statusMessage,
                                null,
                                lastCommit));
                    }
                    return problems;
                }));
    }

    /** A file's own problem, shown as the reason its entity's last good version is kept. */
    private static ProblemRow withKind(ProblemRow row, ProblemKind kind) {
        return new ProblemRow(
                row.file(), row.line(), row.column(), row.message(), kind, row.entityRef(), row.sourceCommit());
    }

    private static EntityProblem problem(
            Recorded recorded, Joined recordedBy, ProblemRow row, @Nullable String entityRef) {
        return new EntityProblem(
                row.kind(),
                recorded,
                recordedBy.locationId(),
                recordedBy.location(),
                row.file(),
                row.line(),
                row.column(),
                row.message(),
                entityRef,
                row.sourceCommit());
    }
}
