/** The Provisioning module's views. */
@NullMarked
package dev.socle.provisioning.ui;

import org.jspecify.annotations.NullMarked;
