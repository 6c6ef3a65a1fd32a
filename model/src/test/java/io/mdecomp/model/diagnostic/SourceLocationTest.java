package io.mdecomp.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void equalLocationsAreEqualAndHashAlike() {
        SourceLocation a = new SourceLocation("model.yaml", 3, 7);
        SourceLocation b = new SourceLocation(new String("model.yaml"), 3, 7);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Set.of(a)).contains(b);
    }

    @Test
    void differingInAnyPartIsNotEqual() {
        SourceLocation a = new SourceLocation("model.yaml", 3, 7);
        assertThat(List.of(new SourceLocation("other.yaml", 3, 7), new SourceLocation("model.yaml", 4, 7),
                new SourceLocation("model.yaml", 3, 8))).allSatisfy(other -> assertThat(a).isNotEqualTo(other));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("model.yaml:3:7");
    }

    @Test
    void hashesAsARecordOfItsComponentsWould() {
        // The value a record's generated hashCode has (31 * h + component, from 0), so hash-ordered
        // collections iterate as they did before it was written out.
        for (SourceLocation location : List.of(new SourceLocation("a.yaml", 1, 2), SourceLocation.UNKNOWN,
                new SourceLocation("scenarios.yaml", 120, 33))) {
            int expected = 0;
            for (Object component : List.of(location.file(), location.line(), location.column())) {
                expected = 31 * expected + Objects.hashCode(component);
            }
            assertThat(location.hashCode()).isEqualTo(expected);
        }
        Set<SourceLocation> distinct = new HashSet<>();
        for (int line = 1; line <= 50; line++) {
            for (int column = 1; column <= 20; column++) {
                distinct.add(new SourceLocation("m.yaml", line, column));
            }
        }
        assertThat(distinct).hasSize(1000);
    }
}
