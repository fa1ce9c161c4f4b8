/** Operators' metrics of the catalog: locations by status, read age, entities by kind, problems, read durations. */
@NullMarked
package dev.socle.catalog.metrics;

import org.jspecify.annotations.NullMarked;
