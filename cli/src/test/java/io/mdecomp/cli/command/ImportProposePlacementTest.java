package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import java} then {@code propose --components-out} on a code base whose classes partly
 * touch no entity: each is placed by the classes it links to, then by its package, and the CSV
 * says how (hand-worked expectations).
 */
class ImportProposePlacementTest {

    private static final Path BAKERY = Path.of("..", "importer", "src", "test", "resources", "codebases",
            "placement");

    @Test
    void placesTheClassesThatTouchNoEntityAndSaysHow(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("bakery.yaml");
        CliRun imported = CliRun.run("import", "java", BAKERY.toString(), "-o", model.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(ExitCode.OK);
        Path csv = dir.resolve("components.csv");
        CliRun run = CliRun.run("propose", model.toString(), "-o", dir.resolve("proposed.yaml").toString(),
                "--services", "2", "--components-out", csv.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        Map<String, String[]> rows = new TreeMap<>();
        Files.readAllLines(csv).stream().skip(1).forEach(line -> rows.put(line.split(",")[0] + "/"
                + line.split(",")[1], line.split(",")));
        String cakes = rows.get("Cake/class")[2];
        String orders = rows.get("CakeOrder/class")[2];
        assertThat(cakes).isNotEqualTo(orders);
        Map<String, String> placed = new TreeMap<>();
        rows.forEach((key, row) -> placed.put(key, (row[2].equals(cakes) ? "cakes" : row[2].equals(orders)
                ? "orders" : row[2]) + " by " + row[3]));
        assertThat(placed).containsExactly(
                Map.entry("Cake/class", "cakes by uses"),
                Map.entry("CakeDao/class", "cakes by uses"),
                Map.entry("CakeOrder/class", "orders by uses"),
                // a static call from the cake servlet is its only tie
                Map.entry("CakeServlet/class", "cakes by uses"),
                Map.entry("OrderDao/class", "orders by uses"),
                Map.entry("OrderServlet/class", "orders by uses"),
                // takes the message, which follows its package
                Map.entry("OrderSocket/class", "orders by links"),
                // nothing around them is placed
                Map.entry("PingCounter/class", "C by no-entity"),
                Map.entry("PingServlet/class", "C by no-entity"),
                Map.entry("PriceFormat/class", "cakes by links"),
                Map.entry("ReceiptNumbers/class", "orders by package"),
                // renders the page the cake servlet renders
                Map.entry("SearchServlet/class", "cakes by links"),
                Map.entry("StatusDecoder/class", "orders by links"),
                Map.entry("StatusMessage/class", "orders by package"),
                // by its import only, its scriptlets being broken
                Map.entry("broken/view", "orders by uses"),
                Map.entry("cake/table", "cakes by uses"),
                Map.entry("cake_orders/table", "orders by uses"),
                Map.entry("cakes/view", "cakes by uses"),
                // by the DAO its scriptlets call
                Map.entry("orders/view", "orders by uses"));
        assertThat(run.out()).contains("components: 17 placed (4 by the classes they link to, 2 by their package),"
                + " 2 shared:");
    }
}
