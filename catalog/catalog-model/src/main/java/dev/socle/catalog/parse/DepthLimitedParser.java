package dev.socle.catalog.parse;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The YAML parser, refusing a collection nested deeper than allowed as soon as it starts. The composer recurses once
 * per nesting level, so the limit has to hold before it composes, and checking the events as they stream past costs
 * no second parse.
 */
final class DepthLimitedParser implements Parser {

    private final Parser parser;
    private final int maxDepth;
    private int depth;
    private Optional<Mark> lastMark = Optional.empty();

    DepthLimitedParser(LoadSettings settings, String text, int maxDepth) {
        this.parser = new ParserImpl(settings, new StreamReader(settings, text));
        this.maxDepth = maxDepth;
    }

    /** Where the last event handed out starts, e.g. the alias the composer refused. */
    Optional<Mark> lastMark() {
        return lastMark;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        lastMark = event.getStartMark();
        switch (event.getEventId()) {
            case DocumentStart -> depth = 0;
            case MappingStart, SequenceStart -> {
                if (++depth > maxDepth) {
                    throw new YamlReadFailure(
                            "Values are nested more than " + maxDepth + " levels deep; flatten" + " the structure.",
                            event.getStartMark());
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
                // other events do not change nesting
            }
        }
        return event;
    }
}
