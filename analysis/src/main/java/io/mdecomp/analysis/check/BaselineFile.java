package io.mdecomp.analysis.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline file: YAML, sorted, one entry per accepted finding, so that its diff in a pull
 * request shows exactly which findings were accepted or fixed.
 *
 * <pre>
 * version: 1
 * findings:
 *   - rule: MD003
 *     subjects: ["Order", "BillingService", "OrderService"]
 *     message: "entity 'Order' is written by BillingService and OrderService"
 * </pre>
 *
 * Reading reports every problem with its {@code FILE:LINE:COL}; an empty file is an empty baseline.
 */
public final class BaselineFile {

    private static final String HEADER = "# mdecomp baseline: findings accepted on purpose. A finding matches an entry\n"
            + "# by rule and subjects, never by line. Rewrite it with --update-baseline.\n";

    private BaselineFile() {
    }

    /** The file's text for {@code baseline}. */
    public static String write(Baseline baseline) {
        StringBuilder out = new StringBuilder(HEADER).append("version: 1\n");
        if (baseline.entries().isEmpty()) {
            return out.append("findings: []\n").toString();
        }
        out.append("findings:\n");
        for (BaselineEntry entry : baseline.entries()) {
            out.append("  - rule: ").append(entry.rule().name()).append('\n');
            out.append("    subjects: [").append(entry.subjects().stream().map(BaselineFile::quote)
                    .collect(Collectors.joining(", "))).append("]\n");
            out.append("    message: ").append(quote(entry.message())).append('\n');
        }
        return out.toString();
    }

    /** Parses the text of baseline file {@code file}; throws {@link InputException} with every problem. */
    public static Baseline read(String file, String text) {
        if (text.isBlank()) {
            return Baseline.EMPTY;
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<BaselineEntry> entries = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new InputException(Diagnostic.error(at(file, parser), "type",
                        "a baseline is a mapping with 'version' and 'findings'"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = at(file, parser);
                JsonToken value = parser.nextToken();
                if (key.equals("version")) {
                    if (!"1".equals(parser.getText())) {
                        problems.add(Diagnostic.error(at(file, parser), "version",
                                "unsupported baseline version '" + parser.getText() + "' (this release reads 1)"));
                    }
                } else if (key.equals("findings")) {
                    readEntries(file, parser, value, entries, problems);
                } else {
                    problems.add(Diagnostic.error(keyAt, "unknown-key", "unknown key '" + key
                            + "' (known: version, findings)"));
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.add(Diagnostic.error(where == null ? SourceLocation.startOf(file)
                    : new SourceLocation(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr())),
                    "syntax", "YAML syntax error: " + e.getOriginalMessage().replaceAll("\\s+", " ")));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourceLocation.startOf(file), "io", "cannot read the baseline: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Baseline(entries);
    }

    private static void readEntries(String file, JsonParser parser, JsonToken value, List<BaselineEntry> entries,
                                    List<Diagnostic> problems) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            problems.add(Diagnostic.error(at(file, parser), "type", "'findings' must be a list of entries"));
            parser.skipChildren();
            return;
        }
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            SourceLocation itemAt = at(file, parser);
            if (item != JsonToken.START_OBJECT) {
                problems.add(Diagnostic.error(itemAt, "type", "a baseline entry is a mapping with rule, subjects, message"));
                parser.skipChildren();
                continue;
            }
            int problemsBefore = problems.size();
            RuleId rule = null;
            List<String> subjects = null;
            String message = "";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = at(file, parser);
                JsonToken token = parser.nextToken();
                SourceLocation valueAt = at(file, parser);
                switch (key) {
                    case "rule":
                        rule = rule(parser.getText(), valueAt, problems);
                        break;
                    case "subjects":
                        subjects = subjects(file, parser, token, valueAt, problems);
                        break;
                    case "message":
                        message = token.isScalarValue() ? parser.getText() : "";
                        parser.skipChildren();
                        break;
                    default:
                        problems.add(Diagnostic.error(keyAt, "unknown-key", "unknown key '" + key
                                + "' in a baseline entry (known: rule, subjects, message)"));
                        parser.skipChildren();
                }
            }
            if (rule == null || subjects == null) {
                if (problems.size() == problemsBefore) {
                    problems.add(Diagnostic.error(itemAt, "missing", "a baseline entry needs 'rule' and 'subjects'"));
                }
                continue;
            }
            entries.add(new BaselineEntry(rule, subjects, message, itemAt));
        }
    }

    private static RuleId rule(String text, SourceLocation at, List<Diagnostic> problems) {
        try {
            return RuleId.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error(at, "ref", "unknown rule '" + text + "' (known: MD001 .. MD"
                    + String.format("%03d", RuleId.values().length) + ")"));
            return null;
        }
    }

    private static List<String> subjects(String file, JsonParser parser, JsonToken token, SourceLocation at,
                                         List<Diagnostic> problems) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            problems.add(Diagnostic.error(at, "type", "'subjects' must be a list of names"));
            parser.skipChildren();
            return List.of();
        }
        List<String> subjects = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            if (!item.isScalarValue()) {
                problems.add(Diagnostic.error(at(file, parser), "type", "a subject is a name"));
                parser.skipChildren();
            } else {
                subjects.add(parser.getText());
            }
        }
        return subjects;
    }

    private static SourceLocation at(String file, JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
