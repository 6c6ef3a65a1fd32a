package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.metrics.SystemMetrics;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CI renderers show: a check's verdict on one model, with the model's service graph and,
 * when the analysis computed them, its system metrics.
 *
 * @param command   the command that made it ({@code check} or {@code analyze}), for headings
 * @param system    the system's name
 * @param modelUri  the model file as a relative URI with forward slashes ({@code samples/shop/model.yaml}),
 *                  used for SARIF artifact locations and in messages
 * @param diagram   the service graph
 * @param metrics   the system metrics, when available
 * @param check     the verdict
 * @param settings  the rule settings in force (which rules ran, at which severity)
 * @param version   the tool's version, for SARIF's driver
 */
public record CiReport(String command, String system, String modelUri, ServiceDiagram diagram, Optional<SystemMetrics> metrics,
                       CheckResult check, AnalysisSettings settings, String version) {

    public CiReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(modelUri, "modelUri");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(version, "version");
    }
}
