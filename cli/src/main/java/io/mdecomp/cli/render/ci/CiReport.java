package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Plan;
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
 * @param plan      the analysis' plan of recommendations, when available
 */
public record CiReport(String command, String system, String modelUri, ServiceDiagram diagram, Optional<SystemMetrics> metrics,
                       CheckResult check, AnalysisSettings settings, String version, Optional<Plan> plan) {

    public CiReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(modelUri, "modelUri");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(plan, "plan");
    }

    /** A report without a plan. */
    public CiReport(String command, String system, String modelUri, ServiceDiagram diagram,
                    Optional<SystemMetrics> metrics, CheckResult check, AnalysisSettings settings, String version) {
        this(command, system, modelUri, diagram, metrics, check, settings, version, Optional.empty());
    }
}
