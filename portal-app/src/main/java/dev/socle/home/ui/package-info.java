/** The Home module's views. */
@NullMarked
package dev.socle.home.ui;

import org.jspecify.annotations.NullMarked;
