/** Resolution of $text, $json and $yaml placeholders against files beside the descriptor. */
@NullMarked
package dev.socle.catalog.parse.placeholder;

import org.jspecify.annotations.NullMarked;
