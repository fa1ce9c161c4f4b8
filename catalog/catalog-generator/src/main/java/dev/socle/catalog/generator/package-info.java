/** Synthetic organisations in the Backstage descriptor format, as git repositories, deterministic by seed. */
@NullMarked
package dev.socle.catalog.generator;

import org.jspecify.annotations.NullMarked;
