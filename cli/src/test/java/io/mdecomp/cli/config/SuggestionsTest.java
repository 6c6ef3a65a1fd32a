package io.mdecomp.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestKnownName() {
        assertThat(Suggestions.closest("rulez", List.of("rules", "failOn"))).contains("rules");
        assertThat(Suggestions.closest("FAILON", List.of("rules", "failOn"))).contains("failOn");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("xyz", List.of("rules", "failOn"))).isEmpty();
    }

    @Test
    void measuresEditDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "SAME")).isZero();
    }
}
