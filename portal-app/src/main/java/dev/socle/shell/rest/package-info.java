/** Turns Socle's error hierarchy into RFC 9457 problem details for every REST endpoint. */
@NullMarked
@NamedInterface("rest")
package dev.socle.shell.rest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
