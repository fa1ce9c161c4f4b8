/** The catalog's Backstage-compatible REST API under {@code /api/catalog}. */
@NullMarked
package dev.socle.catalog.rest;

import org.jspecify.annotations.NullMarked;
