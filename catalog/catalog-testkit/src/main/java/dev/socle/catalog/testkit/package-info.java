/** Test fixtures for the catalog: real git repositories and a local git HTTP server. */
@NullMarked
package dev.socle.catalog.testkit;

import org.jspecify.annotations.NullMarked;
