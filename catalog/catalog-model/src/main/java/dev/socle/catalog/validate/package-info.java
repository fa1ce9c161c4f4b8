/** Backstage's entity rules: envelope, metadata formats, per-kind spec schemas and allowed kinds. */
@NullMarked
package dev.socle.catalog.validate;

import org.jspecify.annotations.NullMarked;
