package io.mdecomp.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A distribution's sampler draws exactly what {@link Distribution#sample} draws from the same
 * stream, bit for bit, so a simulation that samples through it gives the same results.
 */
class SamplerTest {

    static Stream<Arguments> cases() {
        return DistributionMomentsTest.distributions().stream()
                .flatMap(d -> LongStream.of(1, 7, 42, 1_000_003).mapToObj(seed -> Arguments.of(d, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void drawsWhatSampleDraws(Distribution distribution, long seed) {
        SplittableRandom forSample = new SplittableRandom(seed);
        SplittableRandom forSampler = new SplittableRandom(seed);
        Sampler sampler = distribution.sampler();
        for (int i = 0; i < 10_000; i++) {
            assertThat(Double.doubleToRawLongBits(sampler.sample(forSampler)))
                    .as("draw %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(distribution.sample(forSample)));
        }
    }
}
