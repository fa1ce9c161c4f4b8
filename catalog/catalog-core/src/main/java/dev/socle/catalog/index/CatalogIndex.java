package dev.socle.catalog.index;

import dev.socle.catalog.CatalogProperties;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index of this instance: one document per entity (see {@link EntityDocuments}), and, in the
 * commit data, the id of the last history row it reflects. Writes come only from {@link CatalogIndexFeed}; reads
 * get a near-real-time searcher that is reopened after each batch of writes.
 */
@Component
public class CatalogIndex {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
    private static final String WATERMARK = "socle.history-watermark";
    // The layout of the documents (EntityDocuments); an index committed with another layout is rebuilt.
    private static final String FORMAT = "socle.document-format";
    private static final String CURRENT_FORMAT = "2";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    CatalogIndex(CatalogProperties properties) throws IOException {
        CatalogProperties.Search settings = properties.search();
        this.directory = settings.inMemory() ? new ByteBuffersDirectory() : open(settings);
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException locked) {
            throw new IllegalStateException(
                    "The catalog search index in " + settings.indexDirectory()
                            + " is used by another Socle process; give each instance its own"
                            + " socle.catalog.search.index-directory.",
                    locked);
        }
        this.searchers = new SearcherManager(writer, null);
    }

    private static Directory open(CatalogProperties.Search settings) throws IOException {
        Files.createDirectories(settings.indexDirectory());
        return FSDirectory.open(settings.indexDirectory());
    }

    /** A query against the current searcher. */
    public <T> T search(IndexRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read the catalog search index", failed);
        }
    }

    /** The history id the last commit reflected, if the index was ever committed. */
    OptionalLong committedWatermark() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return OptionalLong.empty();
            }
            Map<String, String> data =
                    DirectoryReader.listCommits(directory).getLast().getUserData();
            if (!CURRENT_FORMAT.equals(data.get(FORMAT))) {
                log.info("The catalog search index has an older document layout; it will be rebuilt");
                return OptionalLong.empty();
            }
            String watermark = data.get(WATERMARK);
            return watermark == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(watermark));
        } catch (IOException | NumberFormatException unreadable) {
            log.warn("Could not read the catalog search index's position; it will be rebuilt", unreadable);
            return OptionalLong.empty();
        }
    }

    int documents() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Which of these refs (lower-cased) the current searcher does not hold; one query when it holds them all. */
    List<String> missing(List<String> refs) {
        return search(searcher -> {
            List<BytesRef> terms = refs.stream().map(BytesRef::new).toList();
            if (refs.isEmpty() || searcher.count(new TermInSetQuery(EntityDocuments.REF, terms)) == refs.size()) {
                return List.of();
            }
            List<String> missing = new ArrayList<>();
            for (String ref : refs) {
                if (searcher.count(new TermQuery(new Term(EntityDocuments.REF, ref))) == 0) {
                    missing.add(ref);
                }
            }
            return missing;
        });
    }

    /** Replaces the documents of these refs (lower-cased) and deletes those of the others. */
    void write(Map<String, Document> upserts, Collection<String> deletes) {
        try {
            for (Map.Entry<String, Document> upsert : upserts.entrySet()) {
                writer.updateDocument(new Term(EntityDocuments.REF, upsert.getKey()), upsert.getValue());
            }
            for (String ref : deletes) {
                writer.deleteDocuments(new Term(EntityDocuments.REF, ref));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not write the catalog search index", failed);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not clear the catalog search index", failed);
        }
    }

    /** Makes the writes so far searchable; with {@code durable}, also commits them with the watermark. */
    void publish(long watermark, boolean durable) {
        try {
            if (durable) {
                writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark), FORMAT, CURRENT_FORMAT)
                        .entrySet());
                writer.commit();
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not publish the catalog search index", failed);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** A read of the index. */
    @FunctionalInterface
    public interface IndexRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
