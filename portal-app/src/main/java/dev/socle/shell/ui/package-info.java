/** The layout, toolbar and error views every other module's views sit in. */
@NullMarked
@NamedInterface("ui")
package dev.socle.shell.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
