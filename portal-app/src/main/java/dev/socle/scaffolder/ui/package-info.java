/** The Scaffolder module's views. */
@NullMarked
package dev.socle.scaffolder.ui;

import org.jspecify.annotations.NullMarked;
