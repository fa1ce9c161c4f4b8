package dev.socle.catalog.parse;

import tools.jackson.databind.JsonNode;

/**
 * One non-empty YAML document as JSON, of any shape.
 *
 * @param index 0-based position in the stream, counting empty documents
 * @param content the document as JSON
 * @param positions line and column of each value
 */
public record YamlDocument(int index, JsonNode content, DescriptorPositions positions) {}
