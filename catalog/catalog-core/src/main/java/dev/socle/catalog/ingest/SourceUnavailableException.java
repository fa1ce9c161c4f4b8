package dev.socle.catalog.ingest;

import dev.socle.plugin.SocleException;

/** A location's source could not be reached or read (network, timeout, broken repository). */
class SourceUnavailableException extends SocleException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "source-unavailable";
    }
}
