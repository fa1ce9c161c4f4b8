/** Safe reading of multi-document YAML descriptors into JSON trees that remember line and column. */
@NullMarked
package dev.socle.catalog.parse;

import org.jspecify.annotations.NullMarked;
