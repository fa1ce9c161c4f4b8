package dev.socle.catalog.query;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.store.JsonText;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps rows selecting {@link #COLUMNS} to {@link StoredEntity}, parsing the served body once. */
final class StoredEntityMapper implements RowMapper<StoredEntity> {

    static final String COLUMNS = "e.uid, e.etag, e.final_body";
    static final StoredEntityMapper INSTANCE = new StoredEntityMapper();

    private StoredEntityMapper() {}

    @Override
    public StoredEntity mapRow(ResultSet row, int rowNum) throws SQLException {
        ObjectNode body = JsonText.parseObject(row.getString("final_body"));
        return new StoredEntity(String.valueOf(row.getObject("uid")), refOf(body), row.getString("etag"), body);
    }

    /** The entity a served body describes; its uid and etag are in the body's metadata. */
    static StoredEntity fromBody(ObjectNode body) {
        JsonNode metadata = body.path("metadata");
        return new StoredEntity(
                metadata.path("uid").asString(),
                refOf(body),
                metadata.path("etag").asString(),
                body);
    }

    private static EntityRef refOf(ObjectNode body) {
        JsonNode metadata = body.path("metadata");
        return new EntityRef(
                body.path("kind").asString(),
                metadata.path("namespace").asString("default"),
                metadata.path("name").asString());
    }
}
