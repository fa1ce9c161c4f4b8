package dev.socle.catalog.query;

import java.util.List;

/**
 * Turns a full-text term into a SQL condition on the entity aliased {@code e}. The default matches substrings of
 * search values; a real full-text index can replace it behind this interface.
 */
interface FullTextMatcher {

    /**
     * @param term the term as the user typed it
     * @param fields lower-cased search keys to look in
     * @return a boolean SQL expression over {@code e}
     */
    String condition(String term, List<String> fields, SqlParams params);
}
