package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a plan (docs/metrics.md, "The plan"): repeatedly, the candidate steps the current
 * findings call for (splits, merges, moves) are each applied to the model as the earlier steps
 * left it and the result analysed; the step that lowers the weight of the findings most is taken
 * ({@link FindingChanges}: errors weigh {@value #ERROR}, warnings {@value #WARNING}, notes 1, times
 * the extent of the finding). A step is taken only when it resolves or reduces at least one
 * finding, introduces no error, lowers the total weight, and does not undo an earlier step (join two
 * aggregates an earlier step separated, or separate two it joined). A step that hands entities from
 * a service of one team to a service of another costs {@value #HANDOVER}, half a warning: teams are
 * respected unless the gain outweighs the handover. Ties go to the
 * step that raises modularity most, then to the first candidate. The plan ends when no candidate
 * qualifies, after {@value #MAX_STEPS} steps, or when the analyses it may run are spent. Candidates
 * are chosen lazily: each round analyses at most {@value #PER_STEP} candidates not tried before
 * (those whose findings are most severe first; one that would undo an earlier step or mix security
 * zones is refused without analysis); a candidate analysed in an earlier round is analysed again,
 * on the current model, only when its last score beats every fresh one, so the step taken is always
 * measured on the model it applies to. A candidate refused once is not tried again. At most
 * {@value #BUDGET} units of work, a unit being an entity, an endpoint or an entity-graph edge of
 * the model analysed, so a small model is planned in full and a large one stops early, saying so.
 */
public final class Planner {

    static final int MAX_STEPS = 20;
    static final int PER_STEP = 8;
    static final long BUDGET = 400_000;
    static final int ERROR = 100;
    static final int WARNING = 10;
    static final int HANDOVER = 5;

    private final Evaluation.Evaluator evaluator;
    private final AnalysisSettings settings;
    private final long budgetUnits;

    public Planner(Evaluation.Evaluator evaluator, AnalysisSettings settings) {
        this(evaluator, settings, BUDGET);
    }

    /** A planner whose trial analyses may cost {@code budgetUnits} units of work in all (tests). */
    Planner(Evaluation.Evaluator evaluator, AnalysisSettings settings, long budgetUnits) {
        this.evaluator = evaluator;
        this.settings = settings;
        this.budgetUnits = budgetUnits;
    }

    /** An applied candidate and what it did. */
    private record Trial(Candidate candidate, DomainModel model, Evaluation after, List<String> calls,
                         FindingChanges findings, int score, Set<String> joined, Set<String> separated) {
    }

    /** The plan for the model of {@code base}. */
    public Plan plan(Evaluation base) {
        return plan(base, false);
    }

    /**
     * The steps of {@link #plan(Evaluation)}, equal to {@code plan(base).steps()}, without the trial
     * analyses that cannot lead to a step: a round whose fresh candidates would spend the budget
     * before every one of them is analysed ends the plan whatever the analyses find, so it is not
     * run (the reasons for leaving findings open, which those analyses give, are not needed here).
     */
    public List<PlanStep> steps(Evaluation base) {
        return plan(base, true).steps();
    }

    private Plan plan(Evaluation base, boolean stepsOnly) {
        long cost = units(base);
        long budget = Math.max(1, budgetUnits / Math.max(1, cost));
        Evaluation state = base;
        List<PlanStep> steps = new ArrayList<>();
        Set<String> joined = new HashSet<>();
        Set<String> separated = new HashSet<>();
        // what earlier rounds learnt: the last score of each qualifying candidate, the reason each refused one failed
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        Map<String, String> rejected = new TreeMap<>();
        String stopped = null;
        long evaluations = 0;
        while (stopped == null) {
            if (steps.size() == MAX_STEPS) {
                stopped = "the plan holds " + MAX_STEPS + " steps, the most one plan takes: apply them and analyse "
                        + "the result for more";
                break;
            }
            List<Candidate> candidates = candidates(state);
            Facts facts = new Facts(state.model());
            Map<String, Applied> screened = new HashMap<>();
            if (stepsOnly && spent(candidates, facts, scores, refused, budget - evaluations, joined, separated,
                    screened)) {
                stopped = "the budget is spent before this round's candidates are analysed";
                break;
            }
            Map<String, Trial> fresh = new HashMap<>();
            int tried = 0;
            Trial best = null;
            while (true) {
                Candidate next = null;
                for (Candidate candidate : candidates) {
                    // untried candidates first (most severe targets first), then the best score so far
                    if (!scores.containsKey(candidate.key()) && !refused.containsKey(candidate.key())
                            && tried < PER_STEP) {
                        next = candidate;
                        break;
                    }
                }
                if (next == null) {
                    best = bestKnown(candidates, scores, fresh);
                    if (best != null || (next = bestStale(candidates, scores, fresh)) == null) {
                        break;
                    }
                }
                if (evaluations == budget) {
                    stopped = "the plan stopped after " + evaluations + " trial analyses, the budget for a model of "
                            + cost + " entities, endpoints and entity-graph edges: apply its steps and analyse the "
                            + "result for more";
                    break;
                }
                Applied applied = screened.containsKey(next.key()) ? screened.remove(next.key())
                        : apply(facts, next, chainLimit());
                String why = screen(facts, applied, joined, separated);
                if (why == null) {
                    evaluations++;
                    tried++;
                    Trial trial = trial(state, facts, applied);
                    why = refusal(trial);
                    if (why == null) {
                        scores.put(next.key(), trial.score());
                        fresh.put(next.key(), trial);
                    }
                }
                if (why != null) {
                    scores.remove(next.key());
                    refused.put(next.key(), why);
                    for (String target : next.targets()) {
                        rejected.put(target, next.key() + " " + why);
                    }
                }
            }
            if (best == null) {
                if (stopped == null && candidates.isEmpty()) {
                    stopped = steps.isEmpty() ? "no finding calls for a change of the cut"
                            : "no finding left calls for a change of the cut";
                } else if (stopped == null) {
                    stopped = steps.isEmpty() ? "no change of the cut resolves a finding without introducing an error"
                            : "no further step resolves a finding without introducing an error or undoing an earlier step";
                }
                break;
            }
            Recommendation change = best.candidate().maker().make(best.calls(), state, best.after());
            steps.add(new PlanStep(steps.size() + 1, change, Effect.of(best.findings(),
                    MetricDelta.between(state.metrics(), best.after().metrics()), services(best, state)),
                    moved(state, best.after())));
            joined.addAll(best.joined());
            separated.addAll(best.separated());
            state = best.after();
        }
        return new Plan(steps, open(state, rejected), stopped, base.metrics(), state.metrics(), state.model(),
                Optional.empty());
    }

    /**
     * True when the round's fresh candidates would spend the {@code left} trial analyses with one of
     * them still to be tried: the round then stops on the budget before it can take a step. Which
     * fresh candidates a round analyses does not depend on what the analyses find (each is tried once,
     * in order, until {@value #PER_STEP} were analysed), so this is known before any is analysed. The
     * candidates applied on the way (to screen them) that pass are kept in {@code screened} for the
     * round.
     */
    private boolean spent(List<Candidate> candidates, Facts facts, Map<String, Integer> scores,
                          Map<String, String> refused, long left, Set<String> joined, Set<String> separated,
                          Map<String, Applied> screened) {
        if (left >= PER_STEP) {
            return false;
        }
        // with no earlier step to undo and no security zone to mix, every candidate passes the screen
        boolean screens = !joined.isEmpty() || !separated.isEmpty() || (settings.rule(RuleId.MD015).enabled()
                && facts.model().entities().anyMatch(e -> e.securityZone().isPresent()));
        long analyses = 0;
        int tried = 0;
        for (Candidate candidate : candidates) {
            if (tried == PER_STEP) {
                return false;
            }
            if (scores.containsKey(candidate.key()) || refused.containsKey(candidate.key())) {
                continue;
            }
            if (analyses == left) {
                return true;
            }
            if (!screens) {
                analyses++;
                tried++;
                continue;
            }
            Applied applied = apply(facts, candidate, chainLimit());
            if (screen(facts, applied, joined, separated) == null) {
                screened.put(candidate.key(), applied);
                analyses++;
                tried++;
            }
        }
        return false;
    }

    /** A candidate applied to the model, with its interactions, before it is analysed. */
    private record Applied(Candidate candidate, StepInteractions.Result result, Facts facts, Set<String> joined,
                           Set<String> separated) {
    }

    /** MD009's threshold, in calls; infinite when the rule is off. */
    private double chainLimit() {
        return settings.rule(RuleId.MD009).enabled()
                ? settings.rule(RuleId.MD009).threshold().orElse(RuleSetting.defaultFor(RuleId.MD009).threshold().orElse(3))
                : Double.POSITIVE_INFINITY;
    }

    private static Applied apply(Facts facts, Candidate candidate, double chainLimit) {
        Recut.Applied applied = candidate.recut().apply(facts.model());
        StepInteractions.Result result = StepInteractions.add(facts, applied, chainLimit);
        Set<String> joined = new HashSet<>();
        Set<String> separated = new HashSet<>();
        pairs(facts, result.model(), joined, separated);
        return new Applied(candidate, result, new Facts(result.model()), joined, separated);
    }

    /**
     * Why an applied candidate is refused before it is analysed, or null: it undoes an earlier step,
     * or puts two security zones in one service while MD015 is on.
     */
    private String screen(Facts facts, Applied applied, Set<String> joined, Set<String> separated) {
        if (applied.joined().stream().anyMatch(separated::contains)
                || applied.separated().stream().anyMatch(joined::contains)) {
            return "would undo an earlier step";
        }
        if (settings.rule(RuleId.MD015).enabled()) {
            for (Map.Entry<String, Set<String>> service : applied.facts().zones().entrySet()) {
                if (service.getValue().size() > 1 && !service.getValue().equals(facts.zones(service.getKey()))) {
                    return "would put security zones " + String.join(" and ", service.getValue()) + " in "
                            + service.getKey() + " (MD015)";
                }
            }
        }
        return null;
    }

    private Trial trial(Evaluation state, Facts facts, Applied applied) {
        Evaluation after = evaluator.evaluate(applied.result().model());
        FindingChanges delta = FindingChanges.between(state.findings(), after.findings());
        int handover = handsOver(facts, applied.facts()) ? HANDOVER : 0;
        return new Trial(applied.candidate(), applied.result().model(), after, applied.result().added(), delta,
                -delta.growth() - handover, applied.joined(), applied.separated());
    }

    /** True when some entity goes from a service of one team to a service of another. */
    private static boolean handsOver(Facts before, Facts after) {
        return before.model().entities().anyMatch(e -> {
            Optional<String> from = before.ownership().serviceOf(e.name()).flatMap(before::team);
            Optional<String> to = after.ownership().serviceOf(e.name()).flatMap(after::team);
            return from.isPresent() && to.isPresent() && !from.equals(to);
        });
    }

    /** Why an analysed trial is not a step, or null when it may be one. */
    private static String refusal(Trial trial) {
        List<Finding> errors = trial.findings().newErrors();
        if (!errors.isEmpty()) {
            return "would introduce " + keys(errors);
        }
        if (!trial.findings().improvesAny()) {
            return "would resolve no finding";
        }
        if (trial.score() <= 0) {
            return "would introduce " + keys(trial.findings().introduced()) + " while resolving only "
                    + keys(trial.findings().resolved()) + " (the findings, and a team handing work over, weigh "
                    + (-trial.score()) + " more after it)";
        }
        return null;
    }

    /**
     * The best candidate analysed on the current model when no other candidate's last known score
     * beats it; null when one does (it is analysed again first) or none qualifies.
     */
    private static Trial bestKnown(List<Candidate> candidates, Map<String, Integer> scores, Map<String, Trial> fresh) {
        Trial best = null;
        for (Candidate candidate : candidates) {
            Trial trial = fresh.get(candidate.key());
            if (trial != null && (best == null || trial.score() > best.score() || (trial.score() == best.score()
                    && trial.after().metrics().modularity() > best.after().metrics().modularity() + 1e-12))) {
                best = trial;
            }
        }
        for (Candidate candidate : candidates) {
            Integer score = scores.get(candidate.key());
            if (score != null && !fresh.containsKey(candidate.key()) && (best == null || score > best.score())) {
                return null;
            }
        }
        return best;
    }

    /** The candidate whose last known score, from an earlier model, is the highest: worth analysing again. */
    private static Candidate bestStale(List<Candidate> candidates, Map<String, Integer> scores,
                                       Map<String, Trial> fresh) {
        Candidate best = null;
        for (Candidate candidate : candidates) {
            Integer score = scores.get(candidate.key());
            if (score != null && !fresh.containsKey(candidate.key())
                    && (best == null || score > scores.get(best.key()))) {
                best = candidate;
            }
        }
        return best;
    }

    /** The candidates the findings of {@code state} call for, in the order they are tried. */
    private List<Candidate> candidates(Evaluation state) {
        Cut cut = new Cut(state.model(), state.context().ownership());
        SplitCandidates splits = new SplitCandidates(state, cut);
        MergeCandidates merges = new MergeCandidates(state);
        MoveCandidates moves = new MoveCandidates(state, cut);
        Map<String, Set<String>> splitTargets = new LinkedHashMap<>();
        Map<String, Severity> severity = new HashMap<>();
        List<Candidate> all = new ArrayList<>();
        for (Finding finding : state.findings()) {
            severity.put(finding.key(), finding.severity());
            String subject = finding.subjects().get(0);
            Set<String> target = Set.of(finding.key());
            Service service = cut.services().get(subject);
            switch (finding.rule()) {
                case MD005:
                    all.addAll(moves.reunite(subject, target));
                    break;
                case MD006:
                    splitTargets.computeIfAbsent(subject, k -> new TreeSet<>()).add(finding.key());
                    break;
                case MD011:
                    splitTargets.computeIfAbsent(subject, k -> new TreeSet<>()).add(finding.key());
                    all.addAll(moves.contextHomes(service, target));
                    break;
                case MD015:
                    splitTargets.computeIfAbsent(subject, k -> new TreeSet<>()).add(finding.key());
                    all.addAll(moves.zoneHomes(service, target));
                    break;
                case MD007:
                    all.addAll(merges.merges(service, target, settings.coarseGranularity()));
                    break;
                case MD008:
                    Optional<String> partner = state.service(subject).flatMap(m -> m.tie()).map(t -> t.partner());
                    all.addAll(moves.byWeight(service, partner, target));
                    if (cut.aggregatesOf(subject).size() == 1) {
                        all.addAll(merges.merges(service, target, settings.coarseGranularity()));
                    }
                    break;
                default:
                    break;
            }
        }
        splitTargets.forEach((service, targets) ->
                splits.split(cut.services().get(service), targets).ifPresent(c -> all.add(0, c)));
        for (Service service : cut.services().values()) {
            Set<String> targets = new TreeSet<>();
            state.findings().stream().filter(f -> f.rule() == RuleId.MD008 && f.subjects().get(0).equals(service.name()))
                    .forEach(f -> targets.add(f.key()));
            all.addAll(moves.byWeight(service, Optional.empty(), targets));
        }
        Map<String, Candidate> unique = new LinkedHashMap<>();
        all.forEach(c -> unique.merge(c.key(), c, (a, b) -> {
            Set<String> targets = new TreeSet<>(a.targets());
            targets.addAll(b.targets());
            return new Candidate(a.kind(), a.service(), a.recut(), targets, a.key(), a.maker());
        }));
        List<Candidate> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparing((Candidate c) -> c.targets().stream()
                        .map(t -> severity.getOrDefault(t, Severity.NOTE)).min(Comparator.naturalOrder())
                        .orElse(Severity.NOTE))
                .thenComparing(c -> List.of("split", "move", "merge").indexOf(c.kind()))
                .thenComparing(Candidate::service).thenComparing(Candidate::key));
        return ordered;
    }

    /**
     * Aggregate pairs the step joins into one service, and pairs it separates: every pair with an
     * aggregate whose service changes. O(changed aggregates × aggregates).
     */
    private static void pairs(Facts before, DomainModel after, Set<String> joined, Set<String> separated) {
        Map<String, String> was = aggregateServices(before.model(), before.ownership());
        Map<String, String> is = aggregateServices(after, Ownership.of(after));
        Set<String> roots = new TreeSet<>(was.keySet());
        roots.addAll(is.keySet());
        for (String changed : roots) {
            if (java.util.Objects.equals(was.get(changed), is.get(changed))) {
                continue;
            }
            for (String other : roots) {
                if (other.equals(changed)) {
                    continue;
                }
                boolean together = was.get(changed) != null && java.util.Objects.equals(was.get(changed), was.get(other));
                boolean now = is.get(changed) != null && java.util.Objects.equals(is.get(changed), is.get(other));
                String pair = changed.compareTo(other) < 0 ? changed + "\u0000" + other : other + "\u0000" + changed;
                if (!together && now) {
                    joined.add(pair);
                } else if (together && !now) {
                    separated.add(pair);
                }
            }
        }
    }

    /** Aggregate root → the primary owner of the root (else of its first owned member). */
    private static Map<String, String> aggregateServices(DomainModel model, Ownership ownership) {
        Map<String, String> result = new HashMap<>();
        model.entities().forEach(e -> ownership.serviceOf(e.name()).ifPresent(s -> {
            if (e.name().equals(e.aggregateRoot())) {
                result.put(e.aggregateRoot(), s);
            } else {
                result.putIfAbsent(e.aggregateRoot(), s);
            }
        }));
        return result;
    }

    private static List<Effect.ServiceChange> services(Trial trial, Evaluation before) {
        Set<String> names = new TreeSet<>(trial.candidate().recut().owns().keySet());
        names.addAll(trial.candidate().recut().successor().keySet());
        List<Effect.ServiceChange> result = new ArrayList<>();
        for (String name : names) {
            result.add(new Effect.ServiceChange(name, before.service(name), trial.after().service(name)));
        }
        return result;
    }

    /** The entities whose primary owner differs between the two evaluations, in model order. */
    private static List<String> moved(Evaluation before, Evaluation after) {
        Ownership was = before.context().ownership();
        Ownership is = after.context().ownership();
        return before.model().entities().map(e -> e.name())
                .filter(e -> !was.serviceOf(e).equals(is.serviceOf(e))).toList();
    }

    private static List<OpenFinding> open(Evaluation state, Map<String, String> rejected) {
        List<OpenFinding> open = new ArrayList<>();
        for (Finding finding : state.findings()) {
            String why = rejected.get(finding.key());
            if (why != null) {
                open.add(new OpenFinding(finding, "tried: " + why));
            }
        }
        return open;
    }

    static long units(Evaluation evaluation) {
        DomainModel model = evaluation.model();
        long endpoints = model.services().stream().mapToLong(s -> s.endpoints().size()).sum();
        return model.entities().count() + endpoints + evaluation.context().entityGraph().edges().size();
    }

    private static String keys(List<Finding> findings) {
        List<String> keys = findings.stream().map(f -> f.rule() + " " + String.join(", ", f.subjects())).toList();
        return keys.isEmpty() ? "nothing" : String.join("; ", keys);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "; new calls: a, b" or "; no new calls". */
    static String calls(List<String> calls) {
        return calls.isEmpty() ? "; no new calls" : "; new calls: " + String.join(", ", calls);
    }
}
