package io.mdecomp.cli.render.ci;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a check as SARIF 2.1.0 for GitHub code scanning: every rule with short and full
 * description, help and its configured level; one result per current finding with its level,
 * a relative artifact URI, a 1-based region (line 1 column 1 when the finding has no location),
 * {@code partialFingerprints} derived from the finding's identity (rule + subjects, so an alert
 * survives edits that move lines) and {@code baselineState} {@code new} or {@code unchanged}.
 */
public final class SarifRenderer {

    /** The fingerprint key: a SHA-256 of the finding's identity {@code RULE:subject,subject}. */
    public static final String FINGERPRINT = "mdecompFindingKey/v1";
    private static final String INFORMATION_URI = "https://github.com/mdecomp/mdecomp";

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    /** Writes {@code report} to {@code out}. */
    public void render(CiReport report, Writer out) throws IOException {
        ObjectNode root = json.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "mdecomp");
        driver.put("semanticVersion", report.version());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleId rule : RuleId.values()) {
            rules.add(rule(rule, report.settings().rule(rule)));
        }
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        Set<String> fresh = report.check().comparison().newFindings().stream().map(Finding::key)
                .collect(Collectors.toSet());
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.check().findings()) {
            results.add(result(finding, report.modelUri(), fresh.contains(finding.key())));
        }
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.write(mapper.writer(printer).writeValueAsString(root));
        out.write("\n");
    }

    private ObjectNode rule(RuleId rule, RuleSetting setting) {
        ObjectNode node = json.objectNode();
        node.put("id", rule.name());
        node.put("name", RuleDocs.pascalName(rule));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", RuleDocs.fullDescription(rule));
        ObjectNode help = node.putObject("help");
        help.put("text", RuleDocs.help(rule));
        help.put("markdown", "**" + rule.name() + " " + rule.slug() + "**: " + RuleDocs.fullDescription(rule)
                + "\n\n" + RuleDocs.help(rule));
        ObjectNode configuration = node.putObject("defaultConfiguration");
        configuration.put("enabled", setting.enabled());
        configuration.put("level", setting.severity().label());
        setting.threshold().ifPresent(t -> configuration.putObject("parameters").put("threshold", t));
        node.putObject("properties").putArray("tags").add("architecture").add("decomposition");
        return node;
    }

    private ObjectNode result(Finding finding, String modelUri, boolean isNew) {
        ObjectNode node = json.objectNode();
        node.put("ruleId", finding.rule().name());
        node.put("ruleIndex", finding.rule().ordinal());
        node.put("level", finding.severity().label());
        String text = finding.message() + finding.recommendation().map(r -> " Recommendation: " + r).orElse("");
        node.putObject("message").put("text", text);
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", modelUri);
        artifact.put("uriBaseId", "%SRCROOT%");
        ObjectNode region = physical.putObject("region");
        boolean known = finding.location().isKnown();
        region.put("startLine", known ? finding.location().line() : 1);
        region.put("startColumn", known ? Math.max(1, finding.location().column()) : 1);
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(finding.key()));
        node.put("baselineState", isNew ? "new" : "unchanged");
        ArrayNode subjects = node.putObject("properties").putArray("subjects");
        finding.subjects().forEach(subjects::add);
        return node;
    }

    static String fingerprint(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
