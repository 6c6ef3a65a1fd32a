package io.mdecomp.analysis.graph;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scores entity pairs by the criteria of SPEC §4 and builds the {@link EntityGraph}.
 *
 * <p>Sparsity: only <em>cohesion</em> criteria (identity and lifecycle, semantic proximity,
 * latency) and pinning create edges; <em>shared owner</em>, the <em>compatibility</em> criteria and
 * the <em>security zone</em> only adjust pairs that already have an edge. Scoring every pair of a
 * team or of a characteristic class would make the graph dense (quadratic) while adding nothing a
 * clustering can use: an unrelated pair is never pulled together anyway. The cost is linear in the
 * number of related pairs.
 */
final class EntityGraphBuilder {

    private static final int[] EMPTY = new int[0];

    private final DomainModel model;
    private final AnalysisSettings settings;
    private final Set<String> pinned;
    private final List<Entity> entities;
    private final Map<String, Integer> index = new HashMap<>();
    private final PairIndex pairIndex = new PairIndex();
    private final List<PairScores> pairs = new ArrayList<>();
    private final Ownership ownership;
    private final Map<String, String> teams = new HashMap<>();
    /** Entity number → its primary owner (null when none owns it). */
    private final String[] services;
    private String p90Text = "0";

    EntityGraphBuilder(DomainModel model, AnalysisSettings settings, Ownership ownership, Collection<String> pinned) {
        this.model = model;
        this.settings = settings;
        this.ownership = ownership;
        this.pinned = new LinkedHashSet<>(pinned);
        this.entities = model.entities().toList();
        for (Entity entity : entities) {
            index.putIfAbsent(entity.name(), index.size());
        }
        for (Service service : model.services()) {
            service.team().ifPresent(team -> teams.put(service.name(), team));
        }
        this.services = new String[entities.size()];
        for (int i = 0; i < services.length; i++) {
            services[i] = ownership.serviceOf(entities.get(i).name()).orElse(null);
        }
    }

    EntityGraph build() {
        scoreAggregates();
        for (UseCase useCase : model.useCases()) {
            scoreUsage(useCase.reads(), useCase.writes());
            if (useCase.latencyCritical()) {
                scoreLatency(useCase);
            }
        }
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                scoreUsage(endpoint.reads(), endpoint.writes());
            }
        }
        for (Entity entity : entities) {
            for (String reference : entity.references()) {
                PairScores pair = pair(entity.name(), reference);
                if (pair != null) {
                    pair.references++;
                }
            }
        }
        scorePinned();
        List<PairScores> sortedPairs = new ArrayList<>(pairs);
        sortedPairs.sort(Comparator.comparingInt((PairScores p) -> p.first).thenComparingInt(p -> p.second));
        double p90 = ninetiethPercentile(sortedPairs);
        p90Text = format(p90);
        List<EntityEdge> edges = new ArrayList<>();
        for (PairScores pair : sortedPairs) {
            if (pair.related()) {
                edges.add(new EntityEdge(entities.get(pair.first).name(), entities.get(pair.second).name(),
                        terms(pair, p90, false), () -> terms(pair, p90, true)));
            }
        }
        return new EntityGraph(entities, edges, ownership);
    }

    private PairScores pair(String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i == null || j == null ? null : pair(i, j);
    }

    /** The scores of the pair of entities numbered {@code i} and {@code j}; null when they are one. */
    private PairScores pair(int i, int j) {
        if (i == j) {
            return null;
        }
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        int number = pairIndex.numberOf(lo, hi);
        if (number == pairs.size()) {
            pairs.add(new PairScores(lo, hi));
        }
        return pairs.get(number);
    }

    private void scoreAggregates() {
        Map<String, List<String>> aggregates = new LinkedHashMap<>();
        for (Entity entity : entities) {
            aggregates.computeIfAbsent(entity.aggregateRoot(), k -> new ArrayList<>()).add(entity.name());
        }
        for (List<String> members : aggregates.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    PairScores pair = pair(members.get(x), members.get(y));
                    if (pair != null) {
                        pair.sameAggregate = true;
                    }
                }
            }
        }
    }

    /** One use case or endpoint: written-written +10, read-written +3, read-read +3 (raw). */
    private void scoreUsage(List<String> reads, List<String> writes) {
        int[] w = numbers(writes, EMPTY);
        int[] r = numbers(reads, w);
        for (int x = 0; x < w.length; x++) {
            for (int y = x + 1; y < w.length; y++) {
                pair(w[x], w[y]).writtenTogether++;
            }
            for (int readEntity : r) {
                pair(w[x], readEntity).readWritten++;
            }
        }
        for (int x = 0; x < r.length; x++) {
            for (int y = x + 1; y < r.length; y++) {
                pair(r[x], r[y]).readTogether++;
            }
        }
    }

    /**
     * The numbers of the model's entities among {@code names}, each once, in order of first
     * appearance, without those in {@code except} (names no entity has are left out: they relate
     * nothing).
     */
    private int[] numbers(List<String> names, int[] except) {
        int[] result = new int[names.size()];
        int size = 0;
        for (String name : names) {
            Integer number = index.get(name);
            if (number != null && !contains(result, size, number) && !contains(except, except.length, number)) {
                result[size++] = number;
            }
        }
        return size == result.length ? result : Arrays.copyOf(result, size);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void scoreLatency(UseCase useCase) {
        List<String> used = List.copyOf(new LinkedHashSet<>(concat(useCase.writes(), useCase.reads())));
        for (int x = 0; x < used.size(); x++) {
            for (int y = x + 1; y < used.size(); y++) {
                PairScores pair = pair(used.get(x), used.get(y));
                if (pair != null && !pair.latencyCritical) {
                    pair.latencyCritical = true;
                    pair.latencyUseCase = useCase.name();
                }
            }
        }
    }

    private void scorePinned() {
        for (String service : pinned) {
            List<String> owned = ownership.entitiesOf(service);
            for (int x = 0; x < owned.size(); x++) {
                for (int y = x + 1; y < owned.size(); y++) {
                    PairScores pair = pair(owned.get(x), owned.get(y));
                    if (pair != null) {
                        pair.pinnedTogether = true;
                    }
                }
            }
        }
    }

    /** Nearest-rank 90th percentile of the positive raw proximity scores (0 when there are none). */
    private static double ninetiethPercentile(List<PairScores> pairs) {
        double[] raw = pairs.stream().mapToDouble(PairScores::rawProximity).filter(v -> v > 0).toArray();
        if (raw.length == 0) {
            return 0;
        }
        Arrays.sort(raw);
        int rank = (int) Math.ceil(0.9 * raw.length);
        return raw[Math.max(0, rank - 1)];
    }

    /**
     * The pair's terms in criterion order; each explanation is written only when {@code explain}
     * (otherwise it is empty), since the weight needs the scores alone.
     */
    private List<Term> terms(PairScores pair, double p90, boolean explain) {
        Entity a = entities.get(pair.first);
        Entity b = entities.get(pair.second);
        List<Term> terms = new ArrayList<>();
        if (pair.sameAggregate) {
            add(terms, Criterion.IDENTITY_AND_LIFECYCLE, 10, explain, () -> "both in aggregate " + a.aggregateRoot());
        }
        double raw = pair.rawProximity();
        if (raw > 0) {
            double score = Math.min(10, raw * 10 / p90);
            add(terms, Criterion.SEMANTIC_PROXIMITY, score, explain, () -> "written together " + pair.writtenTogether
                    + "x, read/written " + pair.readWritten + "x, read together " + pair.readTogether
                    + "x, references " + pair.references + "; raw " + format(raw) + ", 90th percentile " + p90Text);
        }
        if (pair.latencyCritical) {
            add(terms, Criterion.LATENCY, 10, explain,
                    () -> "used together by latency-critical use case " + pair.latencyUseCase);
        }
        String serviceA = services[pair.first];
        String serviceB = services[pair.second];
        if (pair.pinnedTogether) {
            add(terms, Criterion.PINNED_SERVICE, 10, explain, () -> "both in pinned service " + serviceA);
        } else if (isPinned(serviceA) || isPinned(serviceB)) {
            String inside = isPinned(serviceA) ? serviceA : serviceB;
            add(terms, Criterion.PINNED_SERVICE, -10, explain, () -> "one side is in pinned service " + inside);
        }
        String teamA = team(serviceA);
        String teamB = team(serviceB);
        if (teamA != null && teamA.equals(teamB)) {
            add(terms, Criterion.SHARED_OWNER, 10, explain, () -> "owned by team " + teamA);
        }
        Compatibility.addTerms(terms, a, b, settings, explain);
        if (a.securityZone().isPresent() && b.securityZone().isPresent()
                && !a.securityZone().get().equals(b.securityZone().get())) {
            add(terms, Criterion.SECURITY_ZONE, -10, explain, () -> "security zones " + a.securityZone().get()
                    + " and " + b.securityZone().get());
        }
        terms.sort((x, y) -> x.criterion().compareTo(y.criterion()));
        return terms;
    }

    private boolean isPinned(String service) {
        return service != null && pinned.contains(service);
    }

    private String team(String service) {
        return service == null ? null : teams.get(service);
    }

    private void add(List<Term> terms, Criterion criterion, double score, boolean explain, Supplier<String> why) {
        if (settings.priority(criterion) == Priority.IGNORE) {
            return;
        }
        terms.add(new Term(criterion, score, settings.priority(criterion), explain ? why.get() : ""));
    }

    /**
     * An integer as such, anything else with two decimals rounded half up from its shortest decimal
     * form: the text of {@code String.format(Locale.ROOT, "%.2f", value)}, without parsing a format
     * string for each of the graph's edges.
     */
    static String format(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String twoDecimals = new java.math.BigDecimal(Double.toString(value))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return value < 0 && !twoDecimals.startsWith("-") ? "-" + twoDecimals : twoDecimals;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
