package dev.socle.catalog.parse.placeholder;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.catalog.parse.SafeYamlReader;
import dev.socle.catalog.parse.YamlReadResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses substituted {@code $json} and {@code $yaml} content under the same limits as descriptors. */
final class PlaceholderContent {

    private final SafeYamlReader yaml;
    private final JsonMapper json;

    PlaceholderContent(ParserLimits limits) {
        this.yaml = new SafeYamlReader(limits);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxCodePoints())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = JsonMapper.builder(factory).build();
    }

    JsonNode json(String text, String path) {
        try {
            return json.readTree(text);
        } catch (JacksonException invalid) {
            throw new PlaceholderRefusal("reads " + path + ", which is not valid JSON (" + invalid.getOriginalMessage()
                    + "); fix the file or use $text");
        }
    }

    JsonNode yaml(String text, String path) {
        YamlReadResult result = yaml.read(path, text);
        if (!result.problems().isEmpty()) {
            DescriptorProblem first = result.problems().getFirst();
            throw new PlaceholderRefusal("reads " + first + " (in the substituted file); fix that file");
        }
        if (result.documents().size() != 1) {
            throw new PlaceholderRefusal("reads " + path + ", which holds "
                    + result.documents().size() + " YAML documents; a $yaml file must hold exactly one");
        }
        return result.documents().getFirst().content();
    }
}
