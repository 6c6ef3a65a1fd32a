package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.Modularity;
import io.mdecomp.analysis.diff.Assignment;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Evaluation;
import io.mdecomp.analysis.plan.Planner;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jgrapht.Graph;

/**
 * The propose facade (SPEC §4, Proposal; {@code docs/propose.md}): finds a cut of the weighted,
 * aggregate-contracted entity graph ({@link CutFinder}), builds the proposed model around it
 * ({@link ProposedModelBuilder}, carrying capacity over with {@link Capacity}), adds the
 * interactions its endpoints need to reach data other proposed services own ({@link Interactions}),
 * takes into the cut the steps of the plan {@code check} would compute on it that would undo part
 * of it ({@link PlanAdoption}; at most {@value #MAX_ADOPTED}, each followed by a rebuild), and names
 * the cycles the cut forces ({@link ForcedCycles}). Pure and deterministic for a seed. Cost: the
 * algorithm's (Leiden, Louvain: about O(m log n)) plus the analyses, near-linear in the model, and
 * a plan per round (bounded, see {@link Planner}).
 */
public final class Proposer {

    /** The most plan steps a proposal takes over from the plan {@code check} would compute on it. */
    static final int MAX_ADOPTED = 8;

    private final AnalysisSettings settings;

    /** @param settings the analysis settings: criteria priorities for the entity graph, rule thresholds */
    public Proposer(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** A proposer with the defaults of SPEC §4. */
    public Proposer() {
        this(AnalysisSettings.defaults());
    }

    /**
     * Proposes a cut of {@code model} and measures the current and the proposed model. The current
     * cut is measured on a second thread while the proposal is made.
     *
     * @throws InputException when the model has no entities, a pin names no service, or the
     *                        options cannot be met
     */
    public ProposeOutcome propose(DomainModel model, ProposeOptions options) {
        requireEntities(model);
        EntityGraph graph = EntityGraph.of(model, settings);
        // only the metrics leave the task, so the current graph can go before the proposed one is built
        CompletableFuture<SystemMetrics> current = CompletableFuture.supplyAsync(
                () -> Analyzer.measure(model, settings, graph).metrics());
        EntityGraph clusterOn = options.pins().isEmpty() ? graph : EntityGraph.of(model, settings, options.pins());
        Evaluated evaluated = evaluated(model, clusterOn, options);
        Proposal proposal = evaluated.proposal();
        SystemMetrics proposed = evaluated.evaluation().metrics();
        try {
            return new ProposeOutcome(proposal, model.services().size(), current.join(), proposed);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Proposes a cut of {@code model} on its own entity graph ({@code EntityGraph.of(model,
     * settings)}, or that graph with pins), taking into the cut the steps of the plan {@code check}
     * would compute on it that would undo part of it ({@link PlanAdoption}).
     *
     * @throws InputException when the model has no entities, a pin names no service, or the
     *                        options cannot be met
     */
    public Proposal propose(DomainModel model, EntityGraph entityGraph, ProposeOptions options) {
        return evaluated(model, entityGraph, options).proposal();
    }

    /** A proposal and the evaluation of its model (metrics and findings, as {@code check} computes them). */
    public record Evaluated(Proposal proposal, Evaluation evaluation) {
    }

    /**
     * {@link #propose(DomainModel, EntityGraph, ProposeOptions)} with the evaluation of the
     * proposed model, which taking plan steps computes anyway.
     */
    public Evaluated evaluated(DomainModel model, EntityGraph entityGraph, ProposeOptions options) {
        Stages stages = stages(model, entityGraph.graph(), options, true);
        return new Evaluated(stages.proposal(), stages.evaluation().orElseThrow());
    }

    /**
     * The cut of a given entity graph (edges of weight ≤ 0 are ignored), built into a model as it
     * is: no plan step is taken, as the plan judges the model's own entity graph, not this one.
     *
     * @throws InputException when the model has no entities, a pin names no service, or the
     *                        options cannot be met
     */
    public <E> Proposal propose(DomainModel model, Graph<String, E> entityGraph, ProposeOptions options) {
        return stages(model, entityGraph, options, false).proposal();
    }

    /**
     * The proposal, the bare model it was built from before any interaction was added (for tests),
     * and the evaluation of the proposed model when plan steps were looked for.
     */
    record Stages(DomainModel bare, Proposal proposal, Optional<Evaluation> evaluation) {
    }

    <E> Stages stages(DomainModel model, Graph<String, E> entityGraph, ProposeOptions options, boolean agree) {
        requireEntities(model);
        CutFinder finder = new CutFinder(model, options,
                settings.priority(Criterion.CODE_COHESION).factor() / Priority.M.factor());
        CutFinder.Cut cut = finder.find(entityGraph);
        List<ProposalNote> adopted = new ArrayList<>();
        Map<String, List<String>> services = cut.services();
        Built built = build(model, services, options);
        Planner planner = new Planner(m -> Analyzer.evaluate(m, settings), settings);
        Set<Set<Set<String>>> seen = new HashSet<>(Set.of(partition(services)));
        Evaluation evaluation = null;
        for (int round = 0; agree; round++) {
            evaluation = Analyzer.evaluate(built.coherent().model(), settings);
            Optional<PlanAdoption.Reversal> reversal = PlanAdoption.firstReversal(model, services,
                    planner.steps(evaluation),
                    Set.copyOf(options.pins()));
            if (reversal.isEmpty()) {
                break;
            }
            String detail = reversal.get().step().change().detail();
            Optional<String> kept = keptBecause(services, reversal.get().services(), options);
            if (kept.isEmpty() && !seen.add(partition(reversal.get().services()))) {
                kept = Optional.of("taking it would bring back a cut an earlier step taken from the plan left: the plan "
                        + "moves the same entities back and forth");
            }
            if (kept.isEmpty() && round == MAX_ADOPTED) {
                kept = Optional.of("it takes at most " + MAX_ADOPTED + " steps from the plan");
            }
            if (kept.isPresent()) {
                adopted.add(new ProposalNote.ReversalLeft(detail, kept.get()));
                break;
            }
            adopted.add(new ProposalNote.PlanStepTaken(reversal.get().step().number(), detail));
            services = reversal.get().services();
            built = build(model, services, options);
        }
        List<ProposalNote> notes = new ArrayList<>(cut.notes());
        notes.addAll(adopted);
        notes.addAll(ForcedCycles.of(built.bare().model(), built.coherent().model()));
        notes.addAll(built.coherent().notes());
        Map<String, String> assignment = built.assignment();
        Proposal proposal = new Proposal(built.coherent().model(), assignment,
                moves(model, finder.currentOwners(), assignment), built.coherent().interactions(),
                List.copyOf(built.bare().capacities().values()), built.bare().placements(), notes,
                Modularity.of(entityGraph, clusteringOf(Assignment.of(model))),
                Modularity.of(entityGraph, clusteringOf(assignment)), options);
        return new Stages(built.bare().model(), proposal, Optional.ofNullable(evaluation));
    }

    /** A cut built into a model: bare, then with its interactions. */
    private record Built(Map<String, String> assignment, ProposedModelBuilder.Bare bare,
                         Interactions.Result coherent) {
    }

    private Built build(DomainModel model, Map<String, List<String>> services, ProposeOptions options) {
        Map<String, String> assignment = new TreeMap<>();
        services.forEach((service, owned) -> owned.forEach(e -> assignment.put(e, service)));
        ProposedModelBuilder.Bare bare = new ProposedModelBuilder(model, services, assignment).build();
        Interactions.Result coherent = new Interactions(model, bare, assignment, limit(RuleId.MD009),
                limit(RuleId.MD010), options.preferEvents()).add();
        return new Built(assignment, bare, coherent);
    }

    /**
     * Why a plan step that reverses the proposal is left to the user: it changes a pinned service,
     * or the number of services that {@code --services} asked for.
     */
    private static Optional<String> keptBecause(Map<String, List<String>> before, Map<String, List<String>> after,
                                                ProposeOptions options) {
        Set<String> changed = PlanAdoption.changed(before, after);
        for (String pin : options.pins()) {
            if (changed.contains(pin)) {
                return Optional.of(pin + " is pinned (--pin)");
            }
        }
        long count = after.values().stream().filter(owned -> !owned.isEmpty()).count();
        if (options.services().isPresent()
                && count != before.values().stream().filter(owned -> !owned.isEmpty()).count()) {
            return Optional.of("--services " + options.services().getAsInt() + " asks for that many services");
        }
        return Optional.empty();
    }

    /** The cut's services as sets of entities, names aside. */
    private static Set<Set<String>> partition(Map<String, List<String>> services) {
        Set<Set<String>> partition = new HashSet<>();
        services.values().forEach(owned -> partition.add(Set.copyOf(owned)));
        return partition;
    }

    /** A rule's threshold, or infinity when the rule is off (nothing to stay under). */
    private double limit(RuleId rule) {
        RuleSetting setting = settings.rule(rule);
        return setting.enabled() ? setting.threshold().orElse(Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
    }

    private static void requireEntities(DomainModel model) {
        if (model.entities().findAny().isEmpty()) {
            throw new InputException(Diagnostic.error(model.location(), "empty",
                    "nothing to propose: the model declares no entities, and a cut groups entities into services; "
                            + "add entities to the contexts under 'domains'"));
        }
    }

    private static List<AggregateMove> moves(DomainModel model, Map<String, String> current,
                                             Map<String, String> assignment) {
        Map<String, List<String>> aggregates = new TreeMap<>();
        model.entities().forEach(e -> aggregates.computeIfAbsent(e.aggregateRoot(), k -> new ArrayList<>()).add(e.name()));
        List<AggregateMove> moves = new ArrayList<>();
        aggregates.forEach((root, members) -> {
            String from = current.getOrDefault(root, current.getOrDefault(members.get(0), "(unowned)"));
            String to = assignment.get(root);
            if (to != null && !to.equals(from)) {
                moves.add(new AggregateMove(root, members, from, to));
            }
        });
        return moves;
    }

    private static Clustering<String> clusteringOf(Map<String, String> assignment) {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        new TreeMap<>(assignment).forEach((entity, service) ->
                byService.computeIfAbsent(service, k -> new ArrayList<>()).add(entity));
        return Clustering.of(byService.values());
    }
}
