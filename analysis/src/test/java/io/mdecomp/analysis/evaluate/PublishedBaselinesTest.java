package io.mdecomp.analysis.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published ground truths and baseline assignments (bench/decomposition) give the published
 * class-level accuracies under the best one-to-one matching.
 */
class PublishedBaselinesTest {

    private static final Path DATA = Path.of("..", "bench", "decomposition");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "JPetStore6, Bunch, 0.913, 21, 23",
        "JPetStore6, MEM, 0.435, 10, 23",
        "JPetStore6, Mono2Micro, 0.522, 12, 23",
        "PetClinic, Bunch, 0.889, 16, 18",
        "PetClinic, MEM, 0.444, 8, 18",
        "PetClinic, Mono2Micro, 0.389, 7, 18",
    })
    void baselinesScoreTheirPublishedClassAccuracy(String app, String baseline, double accuracy, int correct,
                                                   int classes) {
        ComponentAssignment truth = AssignmentCsv.read(DATA.resolve(app).resolve("ground-truth.csv"));
        ComponentAssignment candidate = AssignmentCsv.read(DATA.resolve(app).resolve("baseline-" + baseline + ".csv"));
        Score score = Evaluator.evaluate(truth, List.of(new Candidate(baseline, candidate))).candidates().get(0)
                .score(Scope.CLASS).orElseThrow();
        assertThat(score.components()).isEqualTo(classes);
        assertThat(score.correct()).isEqualTo(correct);
        assertThat(score.accuracy()).isCloseTo(accuracy, within(0.0005));
    }
}
