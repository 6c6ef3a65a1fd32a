package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Golden;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlAnalysisRendererTest {

    static String render(AnalysisView view) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlAnalysisRenderer().render(view, out);
        return out.toString();
    }

    /** Parses the page as XML (after the HTML5 doctype line), so any unclosed or mis-nested tag fails. */
    static Document parse(String html) throws Exception {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(html.indexOf('\n') + 1))));
    }

    @Test
    void rendersHandBuiltReportAsGoldenHtml() throws IOException {
        Golden.assertMatches("analysis-shop.html", render(SampleReports.shop()));
    }

    @Test
    void isWellFormed() throws Exception {
        Document page = parse(render(SampleReports.shop()));
        assertThat(page.getDocumentElement().getNodeName()).isEqualTo("html");
        parse(render(SampleReports.quiet()));
    }

    @Test
    void isSelfContained() throws IOException {
        String html = render(SampleReports.shop());
        String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutSvgNamespace).doesNotContain("http:", "https:", "//cdn", "<link", "src=", "@import");
        assertThat(html.replace("url(#arrow-", "")).doesNotContain("url(");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void drawsEveryServiceAndDependencyInTheSvg() throws Exception {
        Document page = parse(render(SampleReports.shop()));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate("//*[local-name()='g' and starts-with(@class, 'node')]", page, XPathConstants.NODESET);
        NodeList edges = (NodeList) xpath.evaluate("//*[local-name()='path' and starts-with(@class, 'edge ')]", page,
                XPathConstants.NODESET);
        assertThat(nodes.getLength()).isEqualTo(3);
        assertThat(edges.getLength()).isEqualTo(4);
    }

    @Test
    void highlightsCyclesAndServicesWithFindingsAndExplainsTheMetrics() throws Exception {
        Document page = parse(render(SampleReports.shop()));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList cycle = (NodeList) xpath.evaluate("//*[local-name()='path' and contains(@class, ' cycle')]/*[local-name()='title']",
                page, XPathConstants.NODESET);
        assertThat(cycle.getLength()).isEqualTo(3);
        assertThat(cycle.item(0).getTextContent()).contains("(sync, in a cycle)");
        NodeList flagged = (NodeList) xpath.evaluate("//*[local-name()='g' and contains(@class, 'finding-error')]"
                + "/*[local-name()='title']", page, XPathConstants.NODESET);
        assertThat(flagged.getLength()).isPositive();
        assertThat(flagged.item(0).getTextContent()).containsPattern("\\d+ findings? \\(\\d+ errors?");
        String html = render(SampleReports.shop());
        assertThat(html).contains("<th title=\"afferent coupling: services that depend on it\">ca</th>",
                "<dt>siuc</dt><dd>", "<td>modularity</td><td class=\"num\">");
    }

    @Test
    void listsFindingsWithLocationsAndEscapesText() throws IOException {
        String html = render(SampleReports.shop());
        assertThat(html).contains("<td>model.yaml:22:9</td><td class=\"error\">error</td><td>MD001</td>");
        assertThat(html).contains("via &lt;sync&gt; &amp; more").doesNotContain("via <sync>");
    }

    @Test
    void makesEveryTableSortable() throws IOException {
        String html = render(SampleReports.shop());
        assertThat(html).contains("<table class=\"sortable\" id=\"services\">", "table.sortable th");
    }
}
