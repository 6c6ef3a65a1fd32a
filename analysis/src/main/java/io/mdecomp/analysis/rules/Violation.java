package io.mdecomp.analysis.rules;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** What a rule found, before the engine gives it a severity. */
record Violation(String message, List<String> subjects, SourceLocation location, Optional<String> recommendation) {

    Violation {
        subjects = List.copyOf(subjects);
    }

    static Violation of(String message, List<String> subjects, SourceLocation location) {
        return new Violation(message, subjects, location, Optional.empty());
    }

    Violation recommending(String text) {
        return new Violation(message, subjects, location, Optional.ofNullable(text));
    }
}
