/** The generator on the command line: {@code GenerateOrganisation --entities N --out DIR --git}. */
@NullMarked
package dev.socle.catalog.generator.cli;

import org.jspecify.annotations.NullMarked;
