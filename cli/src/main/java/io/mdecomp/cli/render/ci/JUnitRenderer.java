package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import io.mdecomp.cli.render.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a check as JUnit XML (the Ant/Surefire dialect test reporters read): one test suite for
 * the model, one test case per rule ({@code classname} {@code mdecomp.<system>}, name
 * {@code MD001 sync-cycle}), one {@code <failure>} per finding that fails the check (new and at or
 * above {@code --fail-on}); findings that do not fail (baselined or below the threshold) are listed
 * in the case's {@code <system-out>}; a rule switched off is {@code <skipped>}. No timestamps.
 */
public final class JUnitRenderer {

    /** Writes {@code report} to {@code out}. */
    public void render(CiReport report, Writer out) throws IOException {
        CheckResult check = report.check();
        Set<Finding> failing = Set.copyOf(check.failing());
        int skipped = (int) java.util.Arrays.stream(RuleId.values())
                .filter(r -> !report.settings().rule(r).enabled()).count();
        int tests = RuleId.values().length;
        int failures = check.failing().size();
        String suite = "mdecomp." + report.system();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"mdecomp ").append(report.command()).append("\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        xml.append("  <testsuite name=\"").append(Xml.escape(suite)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                .append("\" time=\"0\">\n");
        xml.append("    <properties>\n");
        property(xml, "model", report.modelUri());
        property(xml, "failOn", check.failOn().label());
        property(xml, "passed", String.valueOf(check.passed()));
        xml.append("    </properties>\n");
        for (RuleId rule : RuleId.values()) {
            RuleSetting setting = report.settings().rule(rule);
            List<Finding> ofRule = check.findings().stream().filter(f -> f.rule() == rule).toList();
            xml.append("    <testcase classname=\"").append(Xml.escape(suite)).append("\" name=\"")
                    .append(rule.name()).append(' ').append(rule.slug()).append("\" time=\"0\"");
            if (!setting.enabled()) {
                xml.append(">\n      <skipped message=\"rule switched off in the configuration\"/>\n    </testcase>\n");
                continue;
            }
            if (ofRule.isEmpty()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            for (Finding finding : ofRule.stream().filter(failing::contains).toList()) {
                xml.append("      <failure type=\"").append(finding.severity().label()).append("\" message=\"")
                        .append(Xml.escape(finding.message())).append("\">")
                        .append(Xml.escape(describe(finding, report.modelUri()))).append("</failure>\n");
            }
            List<Finding> passing = ofRule.stream().filter(f -> !failing.contains(f)).toList();
            if (!passing.isEmpty()) {
                Set<String> fresh = check.comparison().newFindings().stream().map(Finding::key)
                        .collect(Collectors.toSet());
                xml.append("      <system-out>");
                for (Finding finding : passing) {
                    xml.append(Xml.escape((fresh.contains(finding.key()) ? "below --fail-on " + check.failOn().label()
                            : "baselined") + ": " + describe(finding, report.modelUri()))).append('\n');
                }
                xml.append("</system-out>\n");
            }
            xml.append("    </testcase>\n");
        }
        xml.append("  </testsuite>\n</testsuites>\n");
        out.write(xml.toString());
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.escape(value))
                .append("\"/>\n");
    }

    private static String describe(Finding finding, String modelUri) {
        String where = finding.location().isKnown()
                ? modelUri + ":" + finding.location().line() + ":" + finding.location().column() : modelUri;
        return where + ": " + finding.severity().label() + ": " + finding.message() + " [" + finding.rule().name() + "]"
                + finding.recommendation().map(r -> "\n  recommendation: " + r).orElse("");
    }
}
