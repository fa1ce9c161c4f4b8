package dev.socle.catalog.query;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Matches entities having a search value, among the given fields, that contains the term, ignoring case. */
@Component
class SubstringFullTextMatcher implements FullTextMatcher {

    @Override
    public String condition(String term, List<String> fields, SqlParams params) {
        String pattern = "%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%";
        return "e.uid in (select ft.entity_uid from catalog_search ft where ft.search_key in (" + params.add(fields)
                + ") and ft.search_value like " + params.add(pattern) + " escape '\\')";
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
