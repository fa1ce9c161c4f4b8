/** Backstage entities as immutable values: kinds, metadata, references and relations. */
@NullMarked
@NamedInterface("model")
package dev.socle.catalog.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
