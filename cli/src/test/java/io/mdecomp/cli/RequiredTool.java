package io.mdecomp.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * For a test that needs an outside tool (a browser, Maven): without the tool it is skipped with
 * the reason, except under continuous integration ({@code CI} set and not {@code false}), where
 * {@code .ci/run} installs every tool, so a missing one fails the test instead of hiding it.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    /** Goes on when {@code present}; otherwise skips, or fails under CI, saying {@code reason}. */
    public static void require(boolean present, String reason) {
        require(present, reason, System.getenv());
    }

    /** As {@link #require(boolean, String)} in {@code environment}. */
    public static void require(boolean present, String reason, Map<String, String> environment) {
        String ci = environment.getOrDefault("CI", "");
        if (!present && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(reason + " (CI=" + ci + ": continuous integration must have it, so this fails instead of skipping)");
        }
        Assumptions.assumeTrue(present, reason);
    }
}
