/** The identity endpoint of the REST API. */
@NullMarked
package dev.socle.security.rest;

import org.jspecify.annotations.NullMarked;
