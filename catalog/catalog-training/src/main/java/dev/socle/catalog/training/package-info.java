/** The AOT training run: a synthetic organisation ingested and queried, so that the JDK's AOT cache holds it. */
@NullMarked
package dev.socle.catalog.training;

import org.jspecify.annotations.NullMarked;
