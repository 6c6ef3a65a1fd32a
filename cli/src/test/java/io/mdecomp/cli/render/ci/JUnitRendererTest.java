package io.mdecomp.cli.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitRendererTest {

    private static Document parse() throws Exception {
        StringWriter out = new StringWriter();
        new JUnitRenderer().render(CiFixtures.report(), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parsesWithATestCasePerRuleAndAFailurePerFailingFinding() throws Exception {
        Document document = parse();
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("mdecomp.shop");
        assertThat(suite.getAttribute("tests")).isEqualTo("16");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = document.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(16);
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("MD001 sync-cycle");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getTextContent()).startsWith("samples/shop/model.yaml:14:9: error: sync cycle")
                .contains("recommendation: make PaymentService -> OrderService asynchronous");
    }

    @Test
    void listsFindingsThatDoNotFailInSystemOutAndSkipsSwitchedOffRules() throws Exception {
        Document document = parse();
        NodeList cases = document.getElementsByTagName("testcase");
        Element md004 = (Element) cases.item(3);
        assertThat(md004.getElementsByTagName("failure").getLength()).isZero();
        assertThat(md004.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("baselined: samples/shop/model.yaml:16:11: warning: OrderService reads Customer owned by "
                        + "Customer \"CRM\" | without depending on it [MD004]");
        Element md014 = (Element) cases.item(13);
        assertThat(md014.getElementsByTagName("failure").getLength()).isZero();
        assertThat(md014.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("below --fail-on warning: samples/shop/model.yaml: note: service Customer \"CRM\" has no "
                        + "team <none>");
        Element md016 = (Element) cases.item(15);
        assertThat(md016.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }
}
