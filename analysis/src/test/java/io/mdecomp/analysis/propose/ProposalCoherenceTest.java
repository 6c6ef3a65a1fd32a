package io.mdecomp.analysis.propose;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.fixtures.SyntheticModels;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.validation.ModelValidator;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.format.ModelWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A proposal is a complete, valid model that {@code check} does not undo: analysed, it reports no
 * finding the proposal introduced and could have avoided. On every bundled sample and on 30
 * seeded synthetic models, with every algorithm and both ways of serving reads.
 */
class ProposalCoherenceTest {

    /** Findings a proposal never has: it fixes every shared write, undeclared read, cut aggregate, orphan and zone mix. */
    private static final Set<RuleId> NEVER = EnumSet.of(RuleId.MD003, RuleId.MD004, RuleId.MD005, RuleId.MD012,
            RuleId.MD015);
    /** Findings the interactions must not add to those of the bare cut (compared by rule and first subject). */
    private static final Set<RuleId> NOT_ADDED = EnumSet.of(RuleId.MD009, RuleId.MD010, RuleId.MD016);

    static Stream<Arguments> samples() {
        return Stream.of("antipatterns", "ecommerce", "monolith", "ride-hailing").flatMap(sample -> Stream.of(
                Arguments.of(sample, ProposeOptions.defaults()),
                Arguments.of(sample, ProposeOptions.defaults().withPreferEvents(true)),
                Arguments.of(sample, new ProposeOptions(ProposeAlgorithm.LABEL_PROPAGATION, 1, 3, List.of()))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void proposalOfASampleIntroducesNoAvoidableFinding(String sample, ProposeOptions options) {
        DomainModel model = ModelReader.read(Path.of("..", "samples", sample, "model.yaml"));
        assertCoherent(sample, model, options);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void proposalOfASyntheticModelIntroducesNoAvoidableFinding(long seed) {
        DomainModel model = SyntheticModels.generate(seed);
        ProposeAlgorithm algorithm = ProposeAlgorithm.values()[(int) (seed % ProposeAlgorithm.values().length)];
        ProposeOptions options = new ProposeOptions(algorithm, 1 + seed % 3 * 0.5, seed, List.of())
                .withPreferEvents(seed % 2 == 0);
        assertCoherent("seed " + seed, model, options);
    }

    private static void assertCoherent(String name, DomainModel model, ProposeOptions options) {
        AnalysisSettings settings = AnalysisSettings.defaults();
        Proposer.Stages stages = new Proposer(settings)
                .stages(model, EntityGraph.of(model, settings).graph(), options, true);
        Proposal proposal = stages.proposal();
        DomainModel proposed = proposal.model();

        List<Diagnostic> problems = ModelValidator.validate(proposed);
        assertThat(problems).as("%s: the proposal validates", name).isEmpty();
        assertThat(ModelWriter.write(ModelReader.readString("proposed.yaml", ModelWriter.write(proposed))))
                .as("%s: it reads back as written", name).isEqualTo(ModelWriter.write(proposed));
        assertEveryEntityOnceAndAggregatesWhole(name, model, proposed);

        AnalysisReport before = Analyzer.analyze(model, settings);
        AnalysisReport bare = Analyzer.analyze(stages.bare(), settings);
        AnalysisReport after = Analyzer.analyze(proposed, settings);
        assertThat(after.findings()).as("%s: shared writes, undeclared reads, cut aggregates, orphans, zones", name)
                .noneMatch(f -> NEVER.contains(f.rule()));
        Set<List<String>> orphansBefore = subjects(before, RuleId.MD013);
        assertThat(subjects(after, RuleId.MD013)).as("%s: no new orphan event", name)
                .isSubsetOf(orphansBefore);
        List<List<String>> forced = proposal.notes().stream().filter(n -> n instanceof ProposalNote.ForcedCycle)
                .map(n -> ((ProposalNote.ForcedCycle) n).services()).toList();
        for (Finding cycle : after.findings()) {
            if (cycle.rule() == RuleId.MD001 || cycle.rule() == RuleId.MD002) {
                assertThat(forced).as("%s: %s is a cycle the cut forces", name, cycle.message())
                        .anyMatch(group -> group.containsAll(cycle.subjects()));
            }
        }
        // a query the note names (static data read across a sync cycle) may lengthen chains through its services
        Set<String> named = proposal.notes().stream().filter(n -> n instanceof ProposalNote.UnavoidableSyncQuery)
                .map(n -> ((ProposalNote.UnavoidableSyncQuery) n).interaction())
                .flatMap(i -> Stream.of(i.service(), i.owner())).collect(Collectors.toSet());
        Set<String> bareHeads = heads(bare);
        for (Finding finding : after.findings()) {
            if (NOT_ADDED.contains(finding.rule()) && !bareHeads.contains(finding.rule() + " " + finding.subjects().get(0))) {
                assertThat(finding.subjects()).as("%s: the interactions add %s", name, finding.message())
                        .containsAnyElementsOf(named);
            }
        }
        assertCapacityCarriedOver(name, model, proposal);
        assertNoRecommendationReversesAMove(name, model, proposal, after);
    }

    /**
     * A plan reverses the proposal when, once its steps are applied, two entities that shared a
     * current service and that the proposal placed apart are in one service again, or two of
     * different current services that the proposal put together are apart again (the planner never
     * undoes one of its own steps, so the end of the plan shows every join and separation).
     */
    private static void assertNoRecommendationReversesAMove(String name, DomainModel model, Proposal proposal,
                                                            AnalysisReport after) {
        List<String> left = proposal.notes().stream().filter(n -> n instanceof ProposalNote.ReversalLeft)
                .map(n -> ((ProposalNote.ReversalLeft) n).detail()).toList();
        if (!left.isEmpty()) {
            // the proposal says which step it leaves, and why: that step is check's
            assertThat(after.recommendations()).as("%s: the step the note names", name)
                    .extracting(Recommendation::detail).containsAll(left);
            return;
        }
        Map<String, String> before = owners(model);
        Map<String, String> planned = owners(after.plan().result());
        Map<String, String> proposed = proposal.assignment();
        List<String> entities = List.copyOf(before.keySet());
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                String x = entities.get(i);
                String y = entities.get(j);
                boolean together = before.get(x).equals(before.get(y));
                boolean placed = proposed.get(x).equals(proposed.get(y));
                boolean kept = planned.get(x) != null && planned.get(x).equals(planned.get(y));
                assertThat(together != placed && kept != placed)
                        .as("%s: the plan on the proposal (%s) puts %s and %s %s", name,
                                after.recommendations().stream().map(Recommendation::detail).toList(), x, y,
                                together ? "back together" : "apart again").isFalse();
            }
        }
    }

    /** Entity → the first service owning it. */
    private static Map<String, String> owners(DomainModel model) {
        Map<String, String> owners = new java.util.TreeMap<>();
        model.services().forEach(s -> s.owns().forEach(e -> owners.putIfAbsent(e, s.name())));
        return owners;
    }

    private static Set<List<String>> subjects(AnalysisReport report, RuleId rule) {
        return report.findings().stream().filter(f -> f.rule() == rule).map(Finding::subjects)
                .collect(Collectors.toSet());
    }

    private static Set<String> heads(AnalysisReport report) {
        return report.findings().stream().filter(f -> NOT_ADDED.contains(f.rule()))
                .map(f -> f.rule() + " " + f.subjects().get(0)).collect(Collectors.toSet());
    }

    private static void assertEveryEntityOnceAndAggregatesWhole(String name, DomainModel model, DomainModel proposed) {
        Map<String, String> owner = new HashMap<>();
        for (Service service : proposed.services()) {
            for (String entity : service.owns()) {
                assertThat(owner.put(entity, service.name())).as("%s: %s owned once", name, entity).isNull();
            }
        }
        assertThat(owner.keySet()).as(name).containsExactlyInAnyOrderElementsOf(
                model.entities().map(Entity::name).toList());
        model.entities().forEach(e -> assertThat(owner.get(e.name())).as("%s: aggregate of %s", name, e.name())
                .isEqualTo(owner.get(e.aggregateRoot())));
    }

    /** The worker slots add up: none lost, fewer than one extra per instance (services that absorb no work get the default). */
    private static void assertCapacityCarriedOver(String name, DomainModel model, Proposal proposal) {
        long before = model.services().stream().mapToLong(s -> (long) s.deployment().instances()
                * s.deployment().workers()).sum();
        long after = 0;
        long slack = 0;
        for (ServiceCapacity capacity : proposal.capacities()) {
            long slots = (long) capacity.deployment().instances() * capacity.deployment().workers();
            if (capacity.shares().isEmpty()) {
                continue;
            }
            after += slots;
            slack += capacity.deployment().instances();
        }
        assertThat(after).as("%s: worker slots", name).isGreaterThanOrEqualTo(before).isLessThan(before + slack);
    }
}
