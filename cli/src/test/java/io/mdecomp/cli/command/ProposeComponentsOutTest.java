package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposeComponentsOutTest {

    /** Two groups of entities linked by use cases, one service; components using one group, both, or none. */
    private static final String MODEL = """
            system: shop
            version: 1
            domains:
              - name: Shop
                contexts:
                  - name: Core
                    entities:
                      - {name: Order, kind: aggregate-root, references: [OrderLine]}
                      - {name: OrderLine, kind: aggregate-root}
                      - {name: Product, kind: aggregate-root, references: [Price]}
                      - {name: Price, kind: aggregate-root}
            services:
              - {name: Monolith, context: Core}
            useCases:
              - {name: placeOrder, writes: [Order, OrderLine]}
              - {name: reprice, writes: [Product, Price]}
            components:
              - {name: OrderController, kind: class, uses: {Order: 5, OrderLine: 2, Product: 1}}
              - {name: order_lines, kind: table, uses: {OrderLine: 1}}
              - {name: productList, kind: view, uses: {Product: 3, Price: 1}}
              - {name: Checkout, kind: class, uses: {Order: 2, Product: 2}}
              - {name: StringUtils, kind: class, uses: {}}
              - {name: OrderForm, kind: class, links: [OrderController]}
            """;

    @Test
    void writesWhereEachComponentGoesAndReportsTheSharedOnes(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.yaml"), MODEL);
        Path csv = dir.resolve("components.csv");
        CliRun run = CliRun.run("propose", model.toString(), "-o", dir.resolve("proposed.yaml").toString(),
                "--services", "2", "--components-out", csv.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        String written = Files.readString(csv);
        assertThat(written).startsWith("component,kind,service,placedBy\n")
                .containsPattern("(?m)^OrderController,class,\\w+,uses$")
                .containsPattern("(?m)^order_lines,table,\\w+,uses$")
                .containsPattern("(?m)^productList,view,\\w+,uses$")
                .contains("Checkout,class,C,tie\n", "StringUtils,class,C,no-entity\n");
        String orders = written.lines().filter(l -> l.startsWith("OrderController,")).findFirst().orElseThrow()
                .split(",")[2];
        String products = written.lines().filter(l -> l.startsWith("productList,")).findFirst().orElseThrow()
                .split(",")[2];
        assertThat(orders).isNotEqualTo(products);
        assertThat(written).contains("order_lines,table," + orders + ",uses\n",
                "OrderForm,class," + orders + ",links\n");
        assertThat(run.out()).contains("components: 4 placed (1 by the classes they link to), 2 shared:")
                .containsPattern("Checkout \\(class\\): uses \\w+ and \\w+ equally")
                .contains("StringUtils (class): uses no entity a service owns");
        CliRun evaluate = CliRun.run("evaluate", csv.toString(), "--truth", csv.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluate.out()).containsPattern("all +proposed +4/4 +4 +1\\.000");
    }

    @Test
    void refusesAModelWithoutComponents(@TempDir Path dir) {
        Path csv = dir.resolve("components.csv");
        CliRun run = CliRun.run("propose", CliRun.SAMPLE, "-o", dir.resolve("p.yaml").toString(),
                "--components-out", csv.toString());
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("../samples/ecommerce/model.yaml: error: --components-out needs the model's "
                + "components: section");
        assertThat(csv).doesNotExist();
        assertThat(dir.resolve("p.yaml")).doesNotExist();
    }
}
