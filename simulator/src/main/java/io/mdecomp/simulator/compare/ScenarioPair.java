package io.mdecomp.simulator.compare;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scenario of a file as read against the base model and against the head model: the same
 * text, resolved in each (the head may deploy services differently or lack one a fault names).
 */
public record ScenarioPair(Scenario base, Scenario head) {

    public ScenarioPair {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        if (!base.name().equals(head.name())) {
            throw new IllegalArgumentException("a pair is one scenario, got " + base.name() + " and " + head.name());
        }
    }

    public String name() {
        return base.name();
    }

    /**
     * Reads {@code file} against both models. Problems against the base model are reported as
     * {@link ScenarioReader} reports them; problems only the head model has are reported at the
     * same places, each saying it is about the head model ({@code headName}).
     */
    public static List<ScenarioPair> read(Path file, DomainModel base, DomainModel head, String headName) {
        List<Scenario> onBase = ScenarioReader.read(file, base);
        List<Scenario> onHead;
        try {
            onHead = ScenarioReader.read(file, head);
        } catch (InputException e) {
            List<Diagnostic> aboutHead = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                aboutHead.add(new Diagnostic(d.location(), d.severity(), "with the head model " + headName + ": "
                        + d.message(), d.code()));
            }
            throw new InputException(aboutHead);
        }
        List<ScenarioPair> pairs = new ArrayList<>();
        for (int i = 0; i < onBase.size(); i++) {
            pairs.add(new ScenarioPair(onBase.get(i), onHead.get(i)));
        }
        return pairs;
    }
}
