package dev.socle.catalog.generator;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An entity's name and namespace. */
record Named(String name, String namespace) {

    /** The full ref, as relations carry it: {@code component:ns1/payments}. */
    String ref(String kind) {
        return kind.toLowerCase(Locale.ROOT) + ":" + namespace + "/" + name;
    }

    /**
     * A short ref as people write it: the kind only where it differs from the field's default kind, the namespace only
     * where it differs from the referring entity's own.
     */
    String shortRef(String kind, @Nullable String defaultKind, String referrerNamespace) {
        String prefix = kind.equals(defaultKind) ? "" : kind.toLowerCase(Locale.ROOT) + ":";
        return namespace.equals(referrerNamespace) ? prefix + name : prefix + namespace + "/" + name;
    }
}
