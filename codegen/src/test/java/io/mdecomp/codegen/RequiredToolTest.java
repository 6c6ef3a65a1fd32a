package io.mdecomp.codegen;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

    @Test
    void aMissingToolSkipsWithItsReasonOutsideCiAndFailsUnderCi() {
        assertThatThrownBy(() -> RequiredTool.require(false, "no browser", Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("no browser");
        assertThatThrownBy(() -> RequiredTool.require(false, "no browser", Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> RequiredTool.require(false, "no browser", Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageStartingWith("no browser (CI=true: ");
        assertThatCode(() -> RequiredTool.require(true, "no browser", Map.of("CI", "true"))).doesNotThrowAnyException();
    }
}
