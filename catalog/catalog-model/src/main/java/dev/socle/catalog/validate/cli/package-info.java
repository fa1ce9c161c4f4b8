/** Command-line descriptor validator, runnable as a self-contained jar. */
@NullMarked
package dev.socle.catalog.validate.cli;

import org.jspecify.annotations.NullMarked;
