package io.mdecomp.cli.render.ci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.Baseline;
import io.mdecomp.analysis.check.BaselineEntry;
import io.mdecomp.analysis.check.BaselineFile;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.cli.render.AnalysisView;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.JsonAnalysisRenderer;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.yaml.SourceText;
import io.mdecomp.model.yaml.YamlLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;

/** Glue between {@code check} and its renderers: building the {@link CiReport}, reading the baseline, choosing the format. */
public final class CheckReports {

    /** The largest baseline read: four bytes for each character the YAML reader accepts. */
    private static final long MAX_BASELINE_BYTES = 4L * YamlLimits.DEFAULT.maxCodePoints();

    private CheckReports() {
    }

    /** The report of a check of {@code modelFile}. */
    public static CiReport report(Path modelFile, DomainModel model, AnalysisReport analysis, CheckResult check,
                                  AnalysisSettings settings, String version) {
        return new CiReport("check", model.system(), uri(modelFile), ServiceDiagram.of(analysis.serviceGraph()),
                Optional.of(analysis.metrics()), check, settings, version, Optional.of(analysis.plan()));
    }

    /** {@code file} as a relative URI with forward slashes (relative to the working directory when absolute). */
    public static String uri(Path file) {
        Path path = file;
        if (path.isAbsolute()) {
            try {
                path = Path.of("").toAbsolutePath().relativize(path);
            } catch (IllegalArgumentException e) {
                path = file.getFileName();
            }
        }
        return path.normalize().toString().replace('\\', '/');
    }

    /** Reads a baseline file (YAML, or JSON for {@code *.json}); every problem is an {@link InputException}. */
    public static Baseline readBaseline(Path file) {
        String text = SourceText.read(file, file.toString(), MAX_BASELINE_BYTES,
                "the baseline is a directory; give a file name");
        return BaselineFile.read(file.toString(), text);
    }

    /** Writes {@code report} in {@code format}. */
    public static void render(CheckFormat format, CiReport report, AnalysisReport analysis, Writer out)
            throws IOException {
        switch (format) {
            case SARIF: new SarifRenderer().render(report, out); break;
            case JUNIT: new JUnitRenderer().render(report, out); break;
            case MARKDOWN: new MarkdownRenderer().render(report, out); break;
            case JSON: json(report, analysis, out); break;
            default: new CheckTextRenderer().render(report, out);
        }
    }

    /** The analysis JSON contract plus a {@code check} object (new keys only, as the contract allows). */
    private static void json(CiReport report, AnalysisReport analysis, Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        new JsonAnalysisRenderer().render(AnalysisView.of(analysis), buffer);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(buffer.toString());
        CheckResult check = report.check();
        ObjectNode node = root.putObject("check");
        node.put("passed", check.passed());
        node.put("failOn", check.failOn().label());
        keys(node.putArray("failing"), check.failing());
        keys(node.putArray("new"), check.comparison().newFindings());
        keys(node.putArray("baselined"), check.comparison().baselined());
        ArrayNode fixed = node.putArray("fixed");
        for (BaselineEntry entry : check.comparison().fixed()) {
            ObjectNode item = fixed.addObject();
            item.put("rule", entry.rule().name());
            ArrayNode subjects = item.putArray("subjects");
            entry.subjects().forEach(subjects::add);
        }
        try (var generator = Json.generator(out)) {
            mapper.writeTree(generator, root);
        }
        out.write('\n');
    }

    private static void keys(ArrayNode array, java.util.List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode item = array.addObject();
            item.put("rule", finding.rule().name());
            ArrayNode subjects = item.putArray("subjects");
            finding.subjects().forEach(subjects::add);
        }
    }
}
