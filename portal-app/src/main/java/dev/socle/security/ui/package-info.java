/** Login, profile and admin views, and the shell's user context. */
@NullMarked
package dev.socle.security.ui;

import org.jspecify.annotations.NullMarked;
