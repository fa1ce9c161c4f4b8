/** Test fixtures for the catalog: entity builders, real git repositories, a local git HTTP server and PostgreSQL. */
@NullMarked
package dev.socle.catalog.testkit;

import org.jspecify.annotations.NullMarked;
