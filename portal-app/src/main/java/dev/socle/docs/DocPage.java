package dev.socle.docs;

/**
 * One rendered page of Socle's documentation.
 *
 * @param path the page's path below {@code /docs}, e.g. {@code configuration} or {@code problems/not-found}
 * @param title the page's first heading
 * @param html the page rendered to HTML; raw HTML in the source is escaped
 */
public record DocPage(String path, String title, String html) {}
