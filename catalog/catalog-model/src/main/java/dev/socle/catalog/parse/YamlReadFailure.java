package dev.socle.catalog.parse;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** Internal signal that a document broke a rule or limit; always turned into a problem, never escapes. */
final class YamlReadFailure extends RuntimeException {

    private final transient Optional<Mark> mark;

    YamlReadFailure(String message, Optional<Mark> mark) {
        super(message, null, false, false);
        this.mark = mark;
    }

    Optional<Mark> mark() {
        return mark;
    }
}
