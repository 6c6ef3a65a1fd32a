package io.mdecomp.analysis.graph;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Entity;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Service Cutter's compatibility criteria: for each characteristic both entities declare, the pair
 * scores −|wᵢ − wⱼ| with the level weights of the model's enums (e.g. volatility often 10 /
 * normal 4 / rarely 0). A characteristic only one side declares scores nothing; equal levels
 * score 0 and add no term.
 */
final class Compatibility {

    private Compatibility() {
    }

    static void addTerms(List<Term> terms, Entity a, Entity b, AnalysisSettings settings, boolean explain) {
        Characteristics x = a.characteristics();
        Characteristics y = b.characteristics();
        add(terms, settings, explain, Criterion.STRUCTURAL_VOLATILITY, x, y, Characteristics::structuralVolatility, v -> v.weight(), v -> v.yamlName());
        add(terms, settings, explain, Criterion.CONTENT_VOLATILITY, x, y, Characteristics::contentVolatility, v -> v.weight(), v -> v.yamlName());
        add(terms, settings, explain, Criterion.CONSISTENCY, x, y, Characteristics::consistency, v -> v.weight(), v -> v.yamlName());
        add(terms, settings, explain, Criterion.AVAILABILITY, x, y, Characteristics::availability, v -> v.weight(), v -> v.yamlName());
        add(terms, settings, explain, Criterion.STORAGE, x, y, Characteristics::storage, v -> v.weight(), v -> v.yamlName());
        add(terms, settings, explain, Criterion.SECURITY_CRITICALITY, x, y, Characteristics::security, v -> v.weight(), v -> v.yamlName());
    }

    private static <T> void add(List<Term> terms, AnalysisSettings settings, boolean explain, Criterion criterion,
                                Characteristics x, Characteristics y, Function<Characteristics, Optional<T>> get,
                                ToIntFunction<T> weight, Function<T, String> name) {
        Optional<T> left = get.apply(x);
        Optional<T> right = get.apply(y);
        if (left.isEmpty() || right.isEmpty() || settings.priority(criterion) == Priority.IGNORE) {
            return;
        }
        int difference = Math.abs(weight.applyAsInt(left.get()) - weight.applyAsInt(right.get()));
        if (difference == 0) {
            return;
        }
        terms.add(new Term(criterion, -difference, settings.priority(criterion),
                explain ? name.apply(left.get()) + " vs " + name.apply(right.get()) : ""));
    }
}
