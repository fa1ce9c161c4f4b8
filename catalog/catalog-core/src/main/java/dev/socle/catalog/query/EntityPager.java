package dev.socle.catalog.query;

import dev.socle.catalog.index.CatalogIndex;
import dev.socle.catalog.index.EntityDocuments;
import dev.socle.catalog.store.JsonText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs paged queries on the search index with keyset pagination: each page is sorted by the order fields and the
 * entity ref and starts strictly after (or before) the cursor's sort values, so pages stay stable however deep they
 * go. The total is counted once, for the first page, and carried in the cursors. Backstage's legacy offset is served
 * by reading the skipped rows too and dropping them, which {@link EntityQuery#MAX_WINDOW} keeps bounded.
 */
@Component
class EntityPager {

    private final CatalogIndex index;

    EntityPager(CatalogIndex index) {
        this.index = index;
    }

    EntityPage page(EntityQuery query) {
        PageCursor cursor = query.cursor() == null ? null : PageCursor.decode(query.cursor());
        PageCursor shape = cursor != null
                ? cursor
                : new PageCursor(
                        query.filter(),
                        query.orderFields(),
                        query.fullTextTerm(),
                        query.effectiveFullTextFields(),
                        List.of(),
                        "",
                        false,
                        0);
        return index.search(searcher -> page(searcher, shape, cursor, query.offset(), query.limit()));
    }

    /** A page of {@code limit} rows after the cursor, or after the first {@code offset} rows (never both). */
    private static EntityPage page(
            IndexSearcher searcher, PageCursor shape, @Nullable PageCursor cursor, int offset, int limit)
            throws IOException {
        Query query = IndexQueries.of(shape.filter(), shape.fullTextTerm(), shape.fullTextFields());
        long total = cursor != null ? cursor.totalItems() : searcher.count(query);
        boolean backwards = cursor != null && cursor.backwards();
        TopFieldDocs hits = searcher.searchAfter(
                after(searcher, cursor),
                query,
                offset + limit + 1,
                IndexQueries.sort(shape.orderFields(), backwards),
                false);
        List<ScoreDoc> all = List.of(hits.scoreDocs);
        List<ScoreDoc> docs = all.subList(Math.min(offset, all.size()), all.size());
        boolean more = docs.size() > limit;
        List<ScoreDoc> page = new ArrayList<>(docs.subList(0, Math.min(docs.size(), limit)));
        if (backwards) {
            Collections.reverse(page);
        }
        if (page.isEmpty()) {
            return new EntityPage(List.of(), total, null, null);
        }
        boolean hasNext = backwards ? cursor != null : more;
        boolean hasPrev = backwards ? more : cursor != null || offset > 0;
        String next = hasNext ? boundary(shape, (FieldDoc) page.getLast(), false, total) : null;
        String prev = hasPrev ? boundary(shape, (FieldDoc) page.getFirst(), true, total) : null;
        StoredFields stored = searcher.storedFields();
        List<StoredEntity> entities = new ArrayList<>();
        for (ScoreDoc doc : page) {
            entities.add(entity(stored, doc.doc));
        }
        return new EntityPage(entities, total, next, prev);
    }

    static StoredEntity entity(StoredFields stored, int doc) throws IOException {
        BytesRef body = stored.document(doc, Set.of(EntityDocuments.BODY)).getBinaryValue(EntityDocuments.BODY);
        return StoredEntityMapper.fromBody(JsonText.parseObject(body.utf8ToString()));
    }

    /** The position a cursor stands for; its doc id excludes the boundary row itself, whose sort values it has. */
    private static @Nullable FieldDoc after(IndexSearcher searcher, @Nullable PageCursor cursor) {
        if (cursor == null) {
            return null;
        }
        Object[] values = new Object[cursor.values().size() + 1];
        for (int i = 0; i < cursor.values().size(); i++) {
            String value = cursor.values().get(i);
            values[i] = value == null ? null : new BytesRef(value);
        }
        values[values.length - 1] = new BytesRef(cursor.ref());
        return new FieldDoc(Math.max(1, searcher.getIndexReader().maxDoc()) - 1, Float.NaN, values);
    }

    private static String boundary(PageCursor shape, FieldDoc row, boolean backwards, long total) {
        List<@Nullable String> values = new ArrayList<>();
        for (int i = 0; i < row.fields.length - 1; i++) {
            values.add(row.fields[i] instanceof BytesRef bytes ? bytes.utf8ToString() : null);
        }
        String ref = ((BytesRef) row.fields[row.fields.length - 1]).utf8ToString();
        return new PageCursor(
                        shape.filter(),
                        shape.orderFields(),
                        shape.fullTextTerm(),
                        shape.fullTextFields(),
                        values,
                        ref,
                        backwards,
                        total)
                .encode();
    }
}
