package dev.socle.catalog.parse;

import tools.jackson.databind.node.ObjectNode;

/**
 * One mapping document of a descriptor file.
 *
 * @param file file name or location the document was read from
 * @param index 0-based position of the document in the file, counting empty documents
 * @param content the document as JSON; copied on the way in and out
 * @param positions line and column of each value
 */
public record ParsedDocument(String file, int index, ObjectNode content, DescriptorPositions positions) {

    public ParsedDocument {
        content = content.deepCopy();
    }

    @Override
    public ObjectNode content() {
        return content.deepCopy();
    }

    /** The same document with new content (e.g. after placeholder substitution), keeping the positions. */
    public ParsedDocument withContent(ObjectNode newContent) {
        return new ParsedDocument(file, index, newContent, positions);
    }
}
