/** The plugin SPI and the error hierarchy every Socle module and plugin shares. */
@NullMarked
package dev.socle.plugin;

import org.jspecify.annotations.NullMarked;
