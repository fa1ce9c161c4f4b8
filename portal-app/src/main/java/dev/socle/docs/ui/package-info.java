/** The Docs module's views. */
@NullMarked
package dev.socle.docs.ui;

import org.jspecify.annotations.NullMarked;
