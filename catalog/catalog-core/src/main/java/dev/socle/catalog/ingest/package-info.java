/** Reading location sources: parsing targets, the reading policy, and git and file readers. */
@NullMarked
package dev.socle.catalog.ingest;

import org.jspecify.annotations.NullMarked;
