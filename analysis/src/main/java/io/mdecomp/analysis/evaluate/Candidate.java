package io.mdecomp.analysis.evaluate;

import java.util.Objects;

/**
 * An assignment to score and the name it is shown under ({@code mdecomp}, {@code Bunch}, ...).
 *
 * @param name       the name in reports
 * @param assignment the assignment
 */
public record Candidate(String name, ComponentAssignment assignment) {

    public Candidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assignment, "assignment");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a candidate needs a name");
        }
    }
}
