package io.mdecomp.cli.config;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.FailOn;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a run is configured with after merging defaults, the configuration file and the
 * environment (see {@link SettingsLoader}). Commands lay their own options on top with the
 * {@code with…} methods, which is the last and strongest layer.
 *
 * @param analysis   criterion priorities, rule settings and size band for the analysis
 * @param failOn     the lowest severity that fails {@code check} (default {@link FailOn#ERROR})
 * @param baseline   the baseline file of accepted findings, if any
 * @param propose    the {@code propose:} section
 * @param configFile the configuration file that was read, if any
 */
public record Settings(AnalysisSettings analysis, FailOn failOn, Optional<Path> baseline,
                       ProposeSettings propose, Optional<Path> configFile) {

    public Settings {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(propose, "propose");
        Objects.requireNonNull(configFile, "configFile");
    }

    /** The defaults of SPEC §4 and §5. */
    public static Settings defaults() {
        return new Settings(AnalysisSettings.defaults(), FailOn.ERROR, Optional.empty(), ProposeSettings.none(),
                Optional.empty());
    }

    public Settings withAnalysis(AnalysisSettings newAnalysis) {
        return new Settings(newAnalysis, failOn, baseline, propose, configFile);
    }

    public Settings withFailOn(FailOn newFailOn) {
        return new Settings(analysis, newFailOn, baseline, propose, configFile);
    }

    public Settings withBaseline(Path newBaseline) {
        return new Settings(analysis, failOn, Optional.of(newBaseline), propose, configFile);
    }

    public Settings withPropose(ProposeSettings newPropose) {
        return new Settings(analysis, failOn, baseline, newPropose, configFile);
    }
}
