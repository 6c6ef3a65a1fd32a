package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the findings change between two analyses, seen the way a plan sees them: a finding keeps its
 * identity while the thing it is about is still wrong, even if the details change (a service still
 * spanning contexts, only fewer of them). The identity is the rule and its main subject (the entity,
 * aggregate, service or team) for MD003, MD005, MD006, MD007, MD008, MD011, MD012, MD014 and MD015;
 * the service and entity for MD004; every subject (a cycle, a chain, an event) for the others.
 *
 * <p>Each finding weighs its severity (error {@value Planner#ERROR}, warning {@value Planner#WARNING},
 * note 1) times its extent: the number of contexts, zones, writers or services beyond the first that
 * it names for MD011, MD015, MD003 and MD005, else 1.
 *
 * @param resolved   findings of the first analysis whose identity the second does not have
 * @param introduced findings of the second analysis whose identity the first does not have
 * @param changed    findings of both whose details differ, before and after
 */
public record FindingChanges(List<Finding> resolved, List<Finding> introduced, List<Changed> changed) {

    public FindingChanges {
        resolved = List.copyOf(resolved);
        introduced = List.copyOf(introduced);
        changed = List.copyOf(changed);
    }

    /** A finding that is still there, with other details. */
    public record Changed(Finding before, Finding after) {
        public Changed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** True when its weight went down. */
        public boolean reduced() {
            return weight(after) < weight(before);
        }
    }

    /** Compares {@code after} with {@code before}; each list in {@link Finding#ORDER}. */
    public static FindingChanges between(List<Finding> before, List<Finding> after) {
        Map<String, Finding> was = byIdentity(before);
        Map<String, Finding> is = byIdentity(after);
        List<Finding> resolved = new ArrayList<>();
        List<Finding> introduced = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        was.forEach((identity, finding) -> {
            Finding now = is.get(identity);
            if (now == null) {
                resolved.add(finding);
            } else if (!now.key().equals(finding.key()) || now.severity() != finding.severity()) {
                changed.add(new Changed(finding, now));
            }
        });
        is.forEach((identity, finding) -> {
            if (!was.containsKey(identity)) {
                introduced.add(finding);
            }
        });
        resolved.sort(Finding.ORDER);
        introduced.sort(Finding.ORDER);
        changed.sort(java.util.Comparator.comparing(Changed::before, Finding.ORDER));
        return new FindingChanges(resolved, introduced, changed);
    }

    /** How much worse the second analysis is than the first: Σ weight after − Σ weight before. */
    public int growth() {
        int sum = 0;
        for (Finding finding : introduced) {
            sum += weight(finding);
        }
        for (Finding finding : resolved) {
            sum -= weight(finding);
        }
        for (Changed change : changed) {
            sum += weight(change.after()) - weight(change.before());
        }
        return sum;
    }

    /** True when some finding is gone or weighs less. */
    public boolean improvesAny() {
        return !resolved.isEmpty() || changed.stream().anyMatch(Changed::reduced);
    }

    /** Errors that are new or weigh more than before. */
    public List<Finding> newErrors() {
        List<Finding> errors = new ArrayList<>();
        introduced.stream().filter(f -> f.severity() == Severity.ERROR).forEach(errors::add);
        changed.stream().filter(c -> c.after().severity() == Severity.ERROR && weight(c.after()) > weight(c.before()))
                .forEach(c -> errors.add(c.after()));
        return errors;
    }

    static String identity(Finding finding) {
        List<String> subjects = finding.subjects();
        switch (finding.rule()) {
            case MD003:
            case MD005:
            case MD006:
            case MD007:
            case MD008:
            case MD011:
            case MD012:
            case MD014:
            case MD015:
                return finding.rule() + ":" + subjects.get(0);
            case MD004:
                return finding.rule() + ":" + String.join(",", subjects.subList(0, Math.min(2, subjects.size())));
            default:
                return finding.key();
        }
    }

    static int weight(Finding finding) {
        int severity = finding.severity() == Severity.ERROR ? Planner.ERROR
                : finding.severity() == Severity.WARNING ? Planner.WARNING : 1;
        switch (finding.rule()) {
            case MD003:
            case MD005:
            case MD011:
            case MD015:
                return severity * Math.max(1, finding.subjects().size() - 2);
            default:
                return severity;
        }
    }

    private static Map<String, Finding> byIdentity(List<Finding> findings) {
        Map<String, Finding> result = new LinkedHashMap<>();
        findings.forEach(f -> result.putIfAbsent(identity(f), f));
        return result;
    }
}
