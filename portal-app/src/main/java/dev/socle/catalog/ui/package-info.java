/** The catalog's views. */
@NullMarked
package dev.socle.catalog.ui;

import org.jspecify.annotations.NullMarked;
