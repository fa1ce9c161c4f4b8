package dev.socle.shell;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains a bad {@code socle.*} setting at start-up: the property as people write it ({@code static-tokens[0].token}),
 * what is allowed, and never the rejected value of a secret. Spring Boot's own report prints every rejected value,
 * which would put a mistyped token or password into the log.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretSafeBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private static final Pattern SECRET = Pattern.compile("(?i).*(token|password|secret|credential|key).*");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException failure) {
        String prefix = failure.getName().toString();
        if (!prefix.startsWith("socle")) {
            return null;
        }
        String problems = failure.getCause() instanceof BindValidationException validation
                ? validationErrors(validation, prefix)
                : conversionError(failure, prefix);
        return new FailureAnalysis(
                "Socle's configuration is invalid:\n\n" + problems,
                "Fix the named properties (in application.yml or as environment variables, e.g. "
                        + "SOCLE_API_STATIC_TOKENS_0_TOKEN) and start Socle again. See /docs/configuration.",
                failure);
    }

    private static String validationErrors(BindValidationException validation, String prefix) {
        return validation.getValidationErrors().getAllErrors().stream()
                .map(error -> describe(prefix, error))
                .collect(Collectors.joining("\n\n"));
    }

    private static String describe(String prefix, ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return "    Property: " + prefix + "\n    Reason: " + error.getDefaultMessage();
        }
        String property = prefix + "." + kebab(field.getField());
        String value =
                SECRET.matcher(field.getField()).matches() ? "<redacted>" : "\"" + field.getRejectedValue() + "\"";
        return "    Property: " + property + "\n    Value: " + value + "\n    Reason: " + field.getDefaultMessage();
    }

    private static String conversionError(BindException failure, String prefix) {
        ConfigurationProperty property = failure.getProperty();
        String name = property == null ? prefix : property.getName().toString();
        if (SECRET.matcher(name).matches()) {
            return "    Property: " + name
                    + "\n    Value: <redacted>\n    Reason: it could not be read as the expected type";
        }
        String reason = innermostMessage(failure.getCause());
        return "    Property: " + name + (property == null ? "" : "\n    Value: \"" + property.getValue() + "\"")
                + "\n    Reason: " + reason;
    }

    /**
     * The settings records check combinations in their constructors and say what to set; Spring wraps that in
     * "Failed to instantiate …: Constructor threw exception", so the innermost message is the one to show.
     */
    private static String innermostMessage(@Nullable Throwable cause) {
        String message = "it could not be read";
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current.getMessage() != null) {
                message = current.getMessage();
            }
        }
        return message;
    }

    static String kebab(String field) {
        return CAMEL_HUMP.matcher(field).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
