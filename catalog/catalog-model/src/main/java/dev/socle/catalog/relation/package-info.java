/** Relations implied by an entity's spec, in both directions, with Backstage's default kinds. */
@NullMarked
package dev.socle.catalog.relation;

import org.jspecify.annotations.NullMarked;
