package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.BreakerState;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RequestTotals;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the HTML simulation report over random results (a seeded generator, 40 fixed seeds):
 * names drawn from an alphabet of markup characters, counts from zero to huge, latencies with
 * zeros and NaN, breakers with up to 60 transitions, faults and warm-ups anywhere, even past the
 * end. The page is well-formed XML, every geometry attribute is a finite number and no size is
 * negative, there is one CDF line per route with a CDF and one lane per breaker, and the same
 * report gives the same bytes.
 */
class HtmlSimulationPropertiesTest {

    private static final String ALPHABET = "ab <&\"'>/{}é ";
    private static final Pattern GEOMETRY = Pattern.compile(" (x|y|x1|x2|y1|y2|cx|cy|r|width|height)=\"([^\"]*)\"");
    private static final Pattern PATH = Pattern.compile(" d=\"([^\"]*)\"");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static double latency(SplittableRandom random) {
        int pick = random.nextInt(20);
        return pick == 0 ? 0 : pick == 1 ? Double.NaN : pick == 2 ? 1e7 : random.nextDouble() * 500;
    }

    static SimulationReport report(long seed, Map<String, TimeMarks> marks) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ScenarioResult> scenarios = new ArrayList<>();
        int scenarioCount = 1 + random.nextInt(2);
        for (int s = 0; s < scenarioCount; s++) {
            double duration = random.nextInt(5) == 0 ? 0.5 : 1 + random.nextInt(900);
            List<RouteResult> routes = new ArrayList<>();
            List<String> routeNames = new ArrayList<>();
            int routeCount = random.nextInt(11);
            for (int r = 0; r < routeCount; r++) {
                String route = name(random) + r;
                routeNames.add(route);
                long ok = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 1_000_000_000L);
                List<RouteResult.CdfPoint> cdf = new ArrayList<>();
                double ms = 0;
                for (double p : RouteResult.CDF_PERCENTILES) {
                    ms += random.nextInt(10) == 0 ? latency(random) : random.nextDouble() * 10;
                    cdf.add(new RouteResult.CdfPoint(p, ms));
                }
                routes.add(new RouteResult(route, ok + 5, ok, 5, ok / duration, new LatencySummary(latency(random),
                        latency(random), latency(random), latency(random), latency(random), latency(random)),
                        new TreeMap<>(Map.of(ErrorCause.values()[random.nextInt(ErrorCause.count())], 5L)),
                        ok == 0 ? List.of() : cdf));
            }
            List<BreakerResult> breakers = new ArrayList<>();
            int breakerCount = random.nextInt(5);
            for (int b = 0; b < breakerCount; b++) {
                List<BreakerResult.Transition> transitions = new ArrayList<>();
                double at = 0;
                BreakerState[] states = BreakerState.values();
                int n = 1 + random.nextInt(60);
                for (int t = 0; t < n; t++) {
                    at += random.nextDouble() * duration / 10;
                    transitions.add(new BreakerResult.Transition(at, states[random.nextInt(states.length)]));
                }
                breakers.add(new BreakerResult(new CallKey(name(random), name(random)), transitions));
            }
            List<TimeSeries.Bucket> buckets = new ArrayList<>();
            double width = random.nextInt(3) == 0 ? 0.001 * (1 + random.nextInt(5)) : 1 + random.nextInt(30);
            int bucketCount = (int) Math.min(3000, Math.ceil(duration / width));
            for (int i = 0; i < bucketCount; i++) {
                long ok = random.nextInt(10) == 0 ? 0 : random.nextLong(0, 100_000_000L);
                long failed = random.nextInt(3) == 0 ? random.nextLong(0, 1000) : 0;
                buckets.add(new TimeSeries.Bucket(i * width, ok + failed, ok, failed, latency(random)));
            }
            List<SloResult> slos = new ArrayList<>();
            if (random.nextBoolean() && !routeNames.isEmpty()) {
                slos.add(new SloResult(new Slo(Optional.of(routeNames.get(0)), SloMetric.P99, 100,
                        new SourceLocation(name(random), 3, 5)), latency(random), random.nextBoolean()));
            }
            Optional<Replications> replications = random.nextBoolean() || routeNames.isEmpty() ? Optional.empty()
                    : Optional.of(new Replications(3, 0.95, List.of(new Replications.Estimate(EstimateMetric.ROUTE_P99,
                    Optional.of(routeNames.get(0)), latency(random), latency(random), 0, 1))));
            String scenario = name(random) + s;
            scenarios.add(new ScenarioResult(scenario, seed, duration, 0, 10, new RequestTotals(10, 5, 5, 0), routes,
                    List.of(new ServiceResult(name(random), 3, 2, 1, Double.NaN, 0, new TreeMap<>())), List.of(),
                    breakers, List.of(), new TimeSeries(width, buckets), slos, random.nextBoolean(), replications));
            List<TimeMarks.FaultWindow> faults = new ArrayList<>();
            int faultCount = random.nextInt(4);
            for (int f = 0; f < faultCount; f++) {
                faults.add(new TimeMarks.FaultWindow(random.nextDouble() * duration * 1.2,
                        random.nextDouble() * duration, name(random)));
            }
            marks.put(scenario, new TimeMarks(random.nextBoolean() ? 0 : random.nextDouble() * duration, faults));
        }
        return new SimulationReport(1, name(random), scenarios);
    }

    private static String render(SimulationReport report, Map<String, TimeMarks> marks) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlSimulationRenderer(marks).render(report, out);
        return out.toString();
    }

    /** The markup of the chart with {@code id}, empty when there is none. */
    private static String svg(String html, String id) {
        int start = html.indexOf(" id=\"" + id + "\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</svg>", start));
    }

    private static long count(String text, String what) {
        return text.isEmpty() ? 0 : text.split(Pattern.quote(what), -1).length - 1;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void isWellFormedWithFiniteGeometryAndOneShapePerSeries(long seed) throws Exception {
        Map<String, TimeMarks> marks = new TreeMap<>();
        SimulationReport report = report(seed, marks);
        String html = render(report, marks);
        HtmlSimulationRendererTest.parse(html);
        Matcher geometry = GEOMETRY.matcher(html);
        while (geometry.find()) {
            double value = Double.parseDouble(geometry.group(2));
            assertThat(value).as("seed %d: %s", seed, geometry.group()).isFinite();
            if (geometry.group(1).equals("width") || geometry.group(1).equals("height")) {
                assertThat(value).as("seed %d: %s", seed, geometry.group()).isNotNegative();
            }
        }
        Matcher path = PATH.matcher(html);
        while (path.find()) {
            assertThat(path.group(1)).as("seed %d", seed).matches("M [-0-9.]+ [-0-9.]+( [LQM] [-0-9. ]+)*");
        }
        for (int s = 0; s < report.scenarios().size(); s++) {
            ScenarioResult scenario = report.scenarios().get(s);
            long withCdf = scenario.routes().stream().filter(r -> !r.latencyCdf().isEmpty()).count();
            assertThat(count(svg(html, "scenario-" + s + "-cdf"), "<g class=\"series ")).as("seed %d", seed)
                    .isEqualTo(withCdf);
            assertThat(count(svg(html, "scenario-" + s + "-breakers"), "<g class=\"lane\">")).as("seed %d", seed)
                    .isEqualTo(scenario.breakers().size());
            assertThat(count(svg(html, "scenario-" + s + "-timeseries"), "<g class=\"bucket\">")).as("seed %d", seed)
                    .isLessThanOrEqualTo(TimeSeriesChart.MAX_BARS)
                    .isEqualTo(TimeSeriesChart.merged(scenario.timeseries()).buckets().size());
        }
        assertThat(render(report, marks)).as("seed %d", seed).isEqualTo(html);
    }
}
