package io.mdecomp.cli.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GraphRendererTest {

    @Test
    void derivesSyncAsyncEventDataAndCoarseDependencies() {
        assertThat(ServiceDiagram.of(CiFixtures.shop()).edges()).extracting(e -> e.from() + ">" + e.to() + ":" + e.kind())
                .containsExactly("Customer \"CRM\">OrderService:message-queue",
                        "OrderService>Customer \"CRM\":data",
                        "OrderService>PaymentService:event",
                        "OrderService>PaymentService:sync",
                        "PaymentService>OrderService:sync");
    }

    @Test
    void drawsDotWithQuotedLabelsAndStylesByKind() throws IOException {
        StringWriter out = new StringWriter();
        new GraphRenderer().dot("shop", ServiceDiagram.of(CiFixtures.shop()), out);
        assertThat(out.toString()).isEqualTo("digraph \"shop\" {\n"
                + "  rankdir=LR;\n  node [shape=box, style=rounded];\n"
                + "  s0 [label=\"OrderService\"];\n"
                + "  s1 [label=\"PaymentService\"];\n"
                + "  s2 [label=\"Customer \\\"CRM\\\"\"];\n"
                + "  s2 -> s0 [label=\"message-queue\", style=dashed];\n"
                + "  s0 -> s2 [label=\"data\", style=dotted];\n"
                + "  s0 -> s1 [label=\"event\", style=dashed];\n"
                + "  s0 -> s1 [label=\"sync\"];\n"
                + "  s1 -> s0 [label=\"sync\"];\n"
                + "}\n");
    }

    @Test
    void drawsMermaidWithEscapedLabels() throws IOException {
        StringWriter out = new StringWriter();
        new GraphRenderer().mermaid(ServiceDiagram.of(CiFixtures.shop()), out);
        assertThat(out.toString()).isEqualTo("flowchart LR\n"
                + "  s0[\"OrderService\"]\n"
                + "  s1[\"PaymentService\"]\n"
                + "  s2[\"Customer #quot;CRM#quot;\"]\n"
                + "  s2 -.->|message-queue| s0\n"
                + "  s0 ==>|data| s2\n"
                + "  s0 -.->|event| s1\n"
                + "  s0 -->|sync| s1\n"
                + "  s1 -->|sync| s0\n");
    }
}
