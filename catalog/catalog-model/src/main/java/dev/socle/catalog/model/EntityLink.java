package dev.socle.catalog.model;

import org.jspecify.annotations.Nullable;

/**
 * A link shown on an entity's page.
 *
 * @param url where the link points; required
 * @param title text shown for the link, or {@code null}
 * @param icon icon key, or {@code null}
 * @param type free-form category such as {@code dashboard}, or {@code null}
 */
public record EntityLink(
        String url,
        @Nullable String title,
        @Nullable String icon,
        @Nullable String type) {

    public EntityLink {
        if (url.isBlank()) {
            throw new InvalidEntityException(
                    "A link needs a url but got an empty one; add url: https://… to the link.");
        }
    }

    public static EntityLink of(String url) {
        return new EntityLink(url, null, null, null);
    }
}
