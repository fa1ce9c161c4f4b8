package dev.socle.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.OrphanStrategy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;

/** An index written with the earlier document layout is not trusted, and rebuilding over it works. */
class CatalogIndexUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void anIndexWithTheEarlierLayoutIsRebuiltInPlace() throws IOException {
        try (FSDirectory directory = FSDirectory.open(temp.resolve("index"));
                IndexWriter earlier = new IndexWriter(directory, new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new KeywordField("f:kind", "component", Field.Store.NO));
            earlier.addDocument(document);
            earlier.setLiveCommitData(Map.of("socle.history-watermark", "42").entrySet());
            earlier.commit();
        }
        CatalogIndex index = new CatalogIndex(properties());
        try {
            assertThat(index.committedWatermark()).as("earlier layout: rebuild").isEmpty();

            index.deleteAll();
            index.write(
                    Map.of(
                            "component:default/payments",
                            EntityDocuments.of(
                                    "component:default/payments",
                                    "uid-1",
                                    "{}",
                                    new ObjectMapper()
                                            .readTree("{\"kind\":\"Component\",\"metadata\":{\"name\":\"payments\"},"
                                                    + "\"spec\":{\"type\":\"Service\"}}"))),
                    List.of());
            index.publish(43, true);

            assertThat(index.committedWatermark()).hasValue(43);
            assertThat(index.documents()).isEqualTo(1);
            String type = index.search(searcher -> {
                SortedSetDocValues values = DocValues.getSortedSet(
                        searcher.getIndexReader().leaves().getFirst().reader(),
                        EntityDocuments.sortAndFacetField("spec.type"));
                assertThat(values.advanceExact(0)).isTrue();
                return EntityDocuments.originalValue(values.lookupOrd(values.nextOrd()));
            });
            assertThat(type).as("the facet value of the rebuilt document").isEqualTo("Service");
        } finally {
            index.close();
        }
    }

    private CatalogProperties properties() {
        return new CatalogProperties(
                new CatalogProperties.Reading(
                        List.of(),
                        List.of(),
                        List.of(),
                        temp.resolve("cache"),
                        Duration.ofSeconds(60),
                        DataSize.ofMegabytes(3),
                        100,
                        Duration.ofDays(7)),
                new CatalogProperties.Rules(List.of()),
                new CatalogProperties.Refresh(
                        Duration.ofMinutes(3),
                        OrphanStrategy.KEEP,
                        10,
                        Duration.ofMinutes(10),
                        Duration.ofSeconds(5),
                        4),
                List.of(),
                new CatalogProperties.Search(temp.resolve("index"), false, Duration.ofSeconds(1)),
                null);
    }
}
