package io.mdecomp.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.ModelGenerator;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EntityGraph#weightBetween} gives, to the last bit, the sum a scan of every edge in edge
 * order gives, for seeded random groupings of seeded synthetic models and the samples.
 */
class WeightBetweenTest {

    static Stream<DomainModel> models() {
        return Stream.concat(LongStream.range(1, 21).mapToObj(ModelGenerator::generate),
                Stream.of("antipatterns", "ecommerce", "monolith", "ride-hailing")
                        .map(s -> ModelReader.read(Path.of("..", "samples", s, "model.yaml"))));
    }

    @ParameterizedTest
    @MethodSource("models")
    void equalsTheSumOverEveryEdgeInOrder(DomainModel model) {
        EntityGraph graph = EntityGraph.of(model, AnalysisSettings.defaults());
        SplittableRandom random = new SplittableRandom(model.system().hashCode());
        for (int round = 0; round < 10; round++) {
            Map<String, Integer> groupOf = new HashMap<>();
            int groups = 2 + random.nextInt(4);
            for (String entity : graph.entities()) {
                // some entities in no group, the others in one of a few
                if (random.nextInt(5) > 0) {
                    groupOf.put(entity, random.nextInt(groups));
                }
            }
            groupOf.put("NotAnEntity", 0);
            double scan = 0;
            for (EntityEdge edge : graph.edges()) {
                Integer a = groupOf.get(edge.first());
                Integer b = groupOf.get(edge.second());
                if (edge.weight() > 0 && a != null && b != null && !a.equals(b)) {
                    scan += edge.weight();
                }
            }
            assertThat(Double.doubleToLongBits(graph.weightBetween(groupOf))).as(model.system() + " round " + round)
                    .isEqualTo(Double.doubleToLongBits(scan));
        }
    }
}
