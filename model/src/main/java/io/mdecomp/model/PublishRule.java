package io.mdecomp.model;

import java.util.Objects;

/**
 * When an endpoint publishes one of its events: on the outcome {@code when} of the request (its
 * success, the default; its failure; or either), and then with {@code probability}, the share of
 * those requests that publish it (default 1). An endpoint without a rule for an event publishes
 * it on every successful request ({@link #DEFAULT}).
 *
 * @param when        the outcome on which the event is published
 * @param probability the share of such requests that publish it, in (0, 1]
 */
public record PublishRule(When when, double probability) {

    /** Published on every successful request. */
    public static final PublishRule DEFAULT = new PublishRule(When.SUCCESS, 1);

    /** The outcome of the request on which an event is published. */
    public enum When implements YamlEnum {
        SUCCESS("success"),
        FAILURE("failure"),
        ALWAYS("always");

        private final String yamlName;

        When(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }

        /** Whether an event with this condition is published for a request that failed or not. */
        public boolean holds(boolean failed) {
            return this == ALWAYS || (this == FAILURE) == failed;
        }
    }

    public PublishRule {
        Objects.requireNonNull(when, "when");
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("a publish probability must lie in (0, 1], got " + probability);
        }
    }

    /** Whether this is {@link #DEFAULT}: every successful request publishes. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
