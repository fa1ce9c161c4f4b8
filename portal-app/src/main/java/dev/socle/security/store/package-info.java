/** Persistence of local accounts and per-user preferences. */
@NullMarked
package dev.socle.security.store;

import org.jspecify.annotations.NullMarked;
