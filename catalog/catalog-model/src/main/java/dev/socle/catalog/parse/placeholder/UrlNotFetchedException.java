package dev.socle.catalog.parse.placeholder;

/**
 * Thrown by {@link DescriptorSource#readUrl} of a source that accepts placeholder URLs without fetching them, as the
 * command-line validator does: the placeholder is left as written, with a warning carrying this message (why it was
 * not fetched, and who reads it), and the rules of the field it stands for are not checked.
 */
public class UrlNotFetchedException extends RuntimeException {

    /** @param reason why the URL was not fetched and who does read it, e.g. "not fetched by the validator; ..." */
    public UrlNotFetchedException(String reason) {
        super(reason);
    }
}
