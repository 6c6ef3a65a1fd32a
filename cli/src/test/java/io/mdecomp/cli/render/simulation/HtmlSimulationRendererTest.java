package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Golden;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

public class HtmlSimulationRendererTest {

    static String render() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlSimulationRenderer(SampleSimulations.marks()).render(SampleSimulations.report(), out);
        return out.toString();
    }

    /** Parses the page as XML (after the HTML5 doctype line), so any unclosed, mis-nested or unescaped markup fails. */
    public static Document parse(String html) throws Exception {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(html.indexOf('\n') + 1))));
    }

    private static int count(Document page, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return ((NodeList) xpath.evaluate(expression, page, XPathConstants.NODESET)).getLength();
    }

    @Test
    void rendersHandBuiltReportAsGoldenHtml() throws IOException {
        Golden.assertMatches("simulation-small.html", render());
    }

    @Test
    void sameReportGivesTheSameBytes() throws IOException {
        assertThat(render()).isEqualTo(render());
    }

    @Test
    void isWellFormedWithEveryNameEscaped() throws Exception {
        String html = render();
        Document page = parse(html);
        assertThat(page.getDocumentElement().getNodeName()).isEqualTo("html");
        assertThat(html).doesNotContain("<&", "a<", "Pay<", "peak <", "Shipping<", "shop<")
                .contains("POST /a&lt;&amp;&quot;&#39;b&gt;", "Pay&lt;&amp;&quot;&#39;&gt;", "peak &lt;&amp;&quot;&#39;&gt;");
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("mdecomp simulation: shop<&>");
    }

    @Test
    void isSelfContainedAndForbidsLoadingAnything() throws IOException {
        String html = render();
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("http:", "https:", "//cdn", "<link", "src=", "@import", "url(", "<img");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html).containsOnlyOnce("<script>");
    }

    @Test
    void drawsOneCdfLinePerRouteWithSuccessesThroughAllItsPoints() throws Exception {
        Document page = parse(render());
        assertThat(count(page, "//*[@id='scenario-0-cdf']//*[local-name()='g' and starts-with(@class, 'series')]"
                + "/*[local-name()='path']")).isEqualTo(2);
        String html = render();
        String line = html.substring(html.indexOf("<g class=\"series s0\"><path d=\""));
        assertThat(line.substring(0, line.indexOf("\"><title>")).split(" L ")).hasSize(36);
        // GET /products takes 6 ms at p50: x = 70 + 666 · log10(6) / 3 on the 1..1000 ms axis, y = 300 − 260 · 0.5
        assertThat(html).contains("<circle cx=\"242.7\" cy=\"170.0\" r=\"3\"><title>GET /products: p50 = 6 ms</title>");
        assertThat(html).contains("POST /a&lt;&amp;&quot;&#39;b&gt; (p50 70 ms, p99 119 ms, max 120 ms)");
    }

    @Test
    void putsTheLatencyAxisOnWholeDecadesWithLabelledTicks() {
        ChartScale x = ChartScale.logarithmic(1, 120, 70, 736);
        assertThat(x.min()).isEqualTo(1);
        assertThat(x.max()).isEqualTo(1000);
        assertThat(x.ticks()).containsExactly(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0);
    }

    @Test
    void stacksFailedOnOkPerBucketAndMarksTheFault() throws IOException {
        String html = render();
        // bucket 20–30 s: 800 ok/s · 0.1 and 200 failed; x = 70 + 620 · 20/60; rates on a 0..100/s axis from y 280 to 50
        assertThat(html).contains("<rect class=\"ok\" x=\"276.7\" y=\"96.0\" width=\"102.3\" height=\"184.0\"/>"
                + "<rect class=\"failed\" x=\"276.7\" y=\"50.0\" width=\"102.3\" height=\"46.0\"/>");
        assertThat(html).contains("<title>F1: fail Pay&lt;&amp;&quot;&#39;&gt; 0.3 from 20 s to 30 s</title>"
                + "<rect x=\"276.7\" y=\"50.0\" width=\"103.3\" height=\"230.0\"/>"
                + "<rect class=\"strip\" x=\"276.7\" y=\"46.0\" width=\"103.3\" height=\"4\"/>"
                + "<text x=\"278.7\" y=\"61.0\">F1</text>");
        assertThat(html).contains("<title>warm-up: 0 s to 5 s, excluded from statistics</title><rect x=\"70.0\"");
        assertThat(html).contains("<title>20–30 s: 1000 requests, 800 ok, 200 failed, p99 14 ms</title>");
    }

    @Test
    void drawsOneBreakerLanePerCallWithASpanPerState() throws Exception {
        Document page = parse(render());
        assertThat(count(page, "//*[@id='scenario-0-breakers']//*[local-name()='g' and @class='lane']")).isEqualTo(2);
        String lanes = "//*[@id='scenario-0-breakers']//*[local-name()='g' and @class='lane']";
        assertThat(count(page, lanes + "/*[local-name()='rect' and @class='open']")).isEqualTo(3);
        assertThat(count(page, lanes + "/*[local-name()='rect' and @class='half-open']")).isEqualTo(2);
        assertThat(count(page, lanes + "/*[local-name()='rect' and @class='closed']")).isEqualTo(3);
        // OPEN from 20 s to 25 s on a 0..60 s axis from x 70 to 740, in the first lane (y 50 + 17)
        assertThat(render()).contains("<rect class=\"open\" x=\"293.3\" y=\"67.0\" width=\"55.8\" height=\"14\">"
                + "<title>OrderService -&gt; Pay&lt;&amp;&quot;&#39;&gt;: OPEN from 20 s to 25 s (5 s)</title></rect>");
        // gateway -> OrderService stays OPEN from 41 s to the end of the run
        assertThat(render()).contains("<title>gateway -&gt; OrderService: OPEN from 41 s to 60 s (19 s)</title>");
    }

    @Test
    void givesVerdictObjectivesAndIntervalsInTables() throws IOException {
        String html = render();
        assertThat(html).contains("<h2>Scenario peak &lt;&amp;&quot;&#39;&gt;: <span class=\"failed-verdict\">FAILED</span>");
        assertThat(html).contains("<th>verdict</th><th>over replications</th><th>confidence bound</th>"
                + "<th>on the bound</th><th>declared at</th>");
        assertThat(html).contains("<td>availability &gt;= 99%</td><td class=\"num\">99.26%</td>"
                + "<td class=\"num\">99.00%</td><td class=\"failed-verdict\">FAIL</td>"
                + "<td>passes in 2 of 5 replications</td><td>[98.87%, 99.11%]</td>"
                + "<td class=\"failed-verdict\">FAIL</td><td>scenarios.yaml:13:9</td>");
        assertThat(html).contains("<td class=\"passed\">pass</td><td>passes in 5 of 5 replications</td>"
                + "<td>[117.5 ms, 124.5 ms]</td><td class=\"passed\">pass</td><td>scenarios.yaml:12:9</td>");
        assertThat(html).contains("<td class=\"num\">70.250 ± 0.500</td>", "<td class=\"num\">121 ± 3.500</td>");
        assertThat(html).contains("<table class=\"sortable replications\">", "<table class=\"sortable routes\">",
                "<table class=\"sortable services\">", "table.sortable th");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() throws IOException {
        String quiet = render().substring(render().indexOf("<section id=\"scenario-1\">"));
        assertThat(quiet).contains("No successful request, so no latency distribution.",
                "No circuit breaker changed state.", "<span class=\"muted\">no objectives</span>");
        assertThat(quiet).doesNotContain("scenario-1-cdf", "scenario-1-breakers").contains("scenario-1-timeseries");
    }

    @Test
    void marksNothingForAScenarioWithoutMarks() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlSimulationRenderer(Map.of()).render(SampleSimulations.report(), out);
        assertThat(out.toString()).doesNotContain("class=\"fault\"", "class=\"warmup\"", "warm-up:");
    }
}
