package io.mdecomp.cli.render;

import io.mdecomp.analysis.metrics.SystemMetrics;
import java.util.List;

/**
 * What each metric column and system metric means, in a few words, shared by the text and HTML
 * reports (the HTML report shows them as a legend and as tooltips of the column headers). The
 * definitions are those of docs/metrics.md.
 */
final class MetricGlossary {

    /** A column or metric and what it means. */
    record Term(String name, String meaning) {
    }

    /** The columns of the services table, in order (the first is the service's name). */
    static final List<Term> SERVICE_COLUMNS = List.of(
            new Term("service", "the service"),
            new Term("granularity", "size from endpoints, entities and complexity, 0 to 1; above 0.8 too coarse,"
                    + " below 0.3 too fine"),
            new Term("shared", "shared-entity coupling: entities it shares with other services per own entity, at most 1"),
            new Term("cohesion", "cluster factor 2I / (2I + X) of its entities (Bunch MQ)"),
            new Term("coupling", "X / (I + X): share of its entities' graph weight that crosses to other services"),
            new Term("ca", "afferent coupling: services that depend on it"),
            new Term("ce", "efferent coupling: services it depends on"),
            new Term("instability", "Ce / (Ca + Ce): 0 only depended on, 1 only depending"),
            new Term("ais", "absolute importance: services that call it"),
            new Term("ads", "absolute dependence: services it calls"),
            new Term("acs", "absolute criticality: AIS x ADS"),
            new Term("siuc", "interface usage cohesion: how much of its endpoints each client uses, 0 to 1"),
            new Term("fan-out", "services it calls synchronously"),
            new Term("depth", "longest chain of synchronous calls starting here"));

    /** The system metrics, in report order. */
    static final List<Term> SYSTEM = List.of(
            new Term("modularity", "Newman's Q of the current cut on the entity graph"),
            new Term("mq", "sum of the services' cluster factors (Bunch MQ)"),
            new Term("sm", "structural modularity (Mono2Micro)"),
            new Term("icp", "cross-service share of entity-graph weight"),
            new Term("ifn", "mean endpoints per service used from outside"),
            new Term("ned", "share of entities in services outside the size band"),
            new Term("scf", "dependencies / (N^2 - N)"),
            new Term("siy", "mutually dependent service pairs"),
            new Term("longestSyncChain", "services in the longest sync call chain"),
            new Term("complexityIndex", "services^2 x communication kinds x entity kinds"),
            new Term("cycles", "dependency cycles between services"));

    private MetricGlossary() {
    }

    /** The system table's rows: name, value (as {@link TextAnalysisRenderer#ratio} or a count), meaning. */
    static List<List<String>> systemRows(SystemMetrics m) {
        List<String> values = List.of(TextAnalysisRenderer.ratio(m.modularity()), TextAnalysisRenderer.ratio(m.mq()),
                TextAnalysisRenderer.ratio(m.sm()), TextAnalysisRenderer.ratio(m.icp()), TextAnalysisRenderer.ratio(m.ifn()),
                TextAnalysisRenderer.ratio(m.ned()), TextAnalysisRenderer.ratio(m.scf()), Integer.toString(m.siy()),
                Integer.toString(m.longestSyncChain()), Long.toString(m.complexityIndex()),
                Integer.toString(m.cycles().size()));
        return java.util.stream.IntStream.range(0, SYSTEM.size())
                .mapToObj(i -> List.of(SYSTEM.get(i).name(), values.get(i), SYSTEM.get(i).meaning())).toList();
    }

    /** The names of {@code terms}, in order. */
    static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }
}
