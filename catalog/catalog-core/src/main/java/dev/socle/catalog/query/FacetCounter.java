package dev.socle.catalog.query;

import dev.socle.catalog.index.EntityDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, for each facet key, how many matching entities have each original value: one pass over the matching
 * documents reading the {@code o:<key>} doc values, counted per segment by ordinal and merged by value.
 */
final class FacetCounter {

    private FacetCounter() {}

    /** For each key, its values with their counts, most frequent first, then by value. */
    static Map<String, List<FacetCount>> count(IndexSearcher searcher, Query query, List<String> keys)
            throws IOException {
        Counting counting = new Counting(keys);
        searcher.search(query, counting);
        counting.finishSegment();
        Map<String, List<FacetCount>> facets = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            List<FacetCount> counts = new ArrayList<>();
            counting.totals.get(i).forEach((value, count) -> counts.add(new FacetCount(value, count)));
            counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(keys.get(i), List.copyOf(counts));
        }
        return facets;
    }

    private static final class Counting extends SimpleCollector {

        private final List<String> keys;
        private final List<Map<String, Long>> totals = new ArrayList<>();
        private SortedSetDocValues[] values = new SortedSetDocValues[0];
        private int[][] counts = new int[0][];

        Counting(List<String> keys) {
            this.keys = keys;
            keys.forEach(key -> totals.add(new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            values = new SortedSetDocValues[keys.size()];
            counts = new int[keys.size()][];
            for (int i = 0; i < keys.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), EntityDocuments.sortAndFacetField(keys.get(i)));
                counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i].advanceExact(doc)) {
                    for (int n = 0; n < values[i].docValueCount(); n++) {
                        counts[i][Math.toIntExact(values[i].nextOrd())]++;
                    }
                }
            }
        }

        void finishSegment() throws IOException {
            for (int i = 0; i < values.length; i++) {
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        totals.get(i)
                                .merge(
                                        EntityDocuments.originalValue(values[i].lookupOrd(ord)),
                                        (long) counts[i][ord],
                                        Long::sum);
                    }
                }
            }
            values = new SortedSetDocValues[0];
            counts = new int[0][];
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counting needs no scores
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
