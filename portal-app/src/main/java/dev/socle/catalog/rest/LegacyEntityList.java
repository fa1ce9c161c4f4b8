package dev.socle.catalog.rest;

import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.StoredEntity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Backstage's legacy {@code GET /entities} answer: a JSON array of every match, or of a page of them with a
 * {@code Link} header to the next page. Entities are read and written {@value EntityWalk#BATCH} at a time, so the
 * answer may hold any number of them in bounded memory.
 */
final class LegacyEntityList {

    private final EntityWalk walk;
    private final JsonMapper jsonMapper;

    LegacyEntityList(EntityWalk walk, JsonMapper jsonMapper) {
        this.walk = walk;
        this.jsonMapper = jsonMapper;
    }

    /**
     * Answers the matches from {@code start}, skipping {@code skip} of them, at most {@code pageSize} (every one
     * when {@code null}). Invalid cursors fail before anything is written.
     */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            EntityWalk.Position start,
            long skip,
            @Nullable Integer pageSize,
            FieldProjection projection)
            throws IOException {
        Optional<EntityWalk.Position> from = skip > 0 ? walk.skip(start, skip) : Optional.of(start);
        if (from.isEmpty()) {
            writeArray(response, List.of(), projection);
            return;
        }
        if (pageSize != null && pageSize <= EntityWalk.BATCH) {
            EntityPage page = walk.page(from.get(), pageSize);
            if (page.nextCursor() != null) {
                response.setHeader(HttpHeaders.LINK, nextLink(request, page.nextCursor()));
            }
            writeArray(response, page.items(), projection);
            return;
        }
        if (pageSize != null) {
            walk.skip(from.get(), pageSize)
                    .map(EntityWalk.Position::cursor)
                    .ifPresent(next -> response.setHeader(HttpHeaders.LINK, nextLink(request, next)));
        }
        stream(response, from.get(), pageSize == null ? Long.MAX_VALUE : pageSize, projection);
    }

    /** Writes up to {@code count} entities from the position, one page in memory at a time. */
    private void stream(HttpServletResponse response, EntityWalk.Position from, long count, FieldProjection projection)
            throws IOException {
        EntityPage page = walk.page(from, (int) Math.min(count, EntityWalk.BATCH));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator json = jsonMapper.createGenerator(response.getOutputStream())) {
            json.writeStartArray();
            long left = count;
            while (true) {
                for (StoredEntity entity : page.items()) {
                    jsonMapper.writeValue(json, projection.apply(entity.body()));
                }
                left -= page.items().size();
                json.flush();
                if (left <= 0 || page.nextCursor() == null || page.items().isEmpty()) {
                    break;
                }
                page = walk.next(page.nextCursor(), (int) Math.min(left, EntityWalk.BATCH));
            }
            json.writeEndArray();
        }
    }

    private void writeArray(HttpServletResponse response, List<StoredEntity> entities, FieldProjection projection)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator json = jsonMapper.createGenerator(response.getOutputStream())) {
            json.writeStartArray();
            for (StoredEntity entity : entities) {
                jsonMapper.writeValue(json, projection.apply(entity.body()));
            }
            json.writeEndArray();
        }
    }

    /** The request again, without {@code offset} and with {@code after} the page's last entity, as Backstage does. */
    private static String nextLink(HttpServletRequest request, String cursor) {
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        String query = request.getQueryString();
        if (query != null) {
            for (String parameter : query.split("&")) {
                String name = parameter.split("=", 2)[0];
                if (!parameter.isEmpty() && !name.equals("offset") && !name.equals("after")) {
                    url.append(parameter).append('&');
                }
            }
        }
        url.append("after=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return "<" + url + ">; rel=\"next\"";
    }
}
