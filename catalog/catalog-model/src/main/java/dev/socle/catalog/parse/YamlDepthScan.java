package dev.socle.catalog.parse;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Streams parser events, without building nodes, to find the first document nested deeper than allowed. The
 * composer recurses once per nesting level, so this keeps a deeply nested file from exhausting the stack.
 */
final class YamlDepthScan {

    /** The first document that nests too deep, and where. */
    record TooDeep(int documentIndex, YamlReadFailure failure) {
    }

    private YamlDepthScan() {
    }

    static Optional<TooDeep> find(String text, LoadSettings settings, int maxDepth) {
        int document = -1;
        int depth = 0;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        document++;
                        depth = 0;
                    }
                    case MappingStart, SequenceStart -> {
                        depth++;
                        if (depth > maxDepth) {
                            return Optional.of(new TooDeep(document, new YamlReadFailure(
                                    "Values are nested more than " + maxDepth
                                            + " levels deep; flatten the structure.", event.getStartMark())));
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    default -> {
                        // other events do not change nesting
                    }
                }
            }
        } catch (YamlEngineException syntaxError) {
            // composing reports syntax errors with their position; nothing to add here
        }
        return Optional.empty();
    }
}
