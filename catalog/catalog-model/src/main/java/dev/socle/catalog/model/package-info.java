/** Backstage entities as immutable values: kinds, metadata, references and relations. */
@NullMarked
package dev.socle.catalog.model;

import org.jspecify.annotations.NullMarked;
