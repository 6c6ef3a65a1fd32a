package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a component assignment from CSV. The header row says which columns there are (names
 * compared without regard to case, in any order):
 * <ul>
 *   <li>the component: {@code component} or {@code Components};</li>
 *   <li>its kind, optional: {@code kind} or {@code Type}, one of {@code class}, {@code table},
 *       {@code view};</li>
 *   <li>its label: {@code service} or {@code Label}: a service name, {@code C} (shared) or
 *       {@code N/U} (unused);</li>
 *   <li>optional and not scored: {@code placedBy}, how {@code propose} placed it.</li>
 * </ul>
 * So mdecomp's own {@code component,kind,service}, the published ground truths'
 * {@code Components,Type,Label} and the baselines' {@code Components,Label} are all read. A name may
 * carry its kind in parentheses, as the ground truths write them: {@code lineitem(table)} is a table,
 * {@code ConfirmOrder(jsp)} a view (any other suffix is a file extension); without a kind column
 * and without a suffix a component is a class; when a kind column and a suffix disagree, the
 * suffix wins, with a warning. A view is named by its base name, {@code ConfirmOrder}; only when
 * the file lists views of one base name with different extensions ({@code account(jsp)} and
 * {@code account(xhtml)}) are those named with their extension, {@code account.jsp} and
 * {@code account.xhtml}, as {@code import java} names such views. Every problem of the file is
 * reported at once, located at its line and column.
 */
public final class AssignmentCsv {

    /** The largest file read (a component list of a million rows is about 40 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final List<String> COMPONENT = List.of("component", "components");
    private static final List<String> KIND = List.of("kind", "type");
    private static final List<String> LABEL = List.of("service", "label");
    private static final List<String> PLACED_BY = List.of("placedby");
    private static final String EXPECTED = "expected component,kind,service[,placedBy] (kind optional), "
            + "or the ground truth's Components,Type,Label";
    private static final Pattern SUFFIXED = Pattern.compile("(.*\\S)\\s*\\(([^()]*)\\)");

    private AssignmentCsv() {
    }

    /** Reads {@code file}; locations name it as given. */
    public static ComponentAssignment read(Path file) {
        String name = file.toString();
        return parse(name, SourceText.read(file, name, MAX_BYTES, "is a directory; give the path of a CSV file"));
    }

    /** Reads {@code text}, naming it {@code name} in locations. */
    public static ComponentAssignment parse(String name, String text) {
        DiagnosticCollector problems = new DiagnosticCollector(name);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvTable.Row> rows = CsvTable.parse(name, body, problems);
        problems.throwIfErrors();
        if (rows.isEmpty()) {
            problems.error(SourceLocation.startOf(name), "syntax", "the file is empty; " + EXPECTED);
            problems.throwIfErrors();
        }
        Header header = header(rows.get(0), problems);
        List<ComponentLabel> labels = new ArrayList<>();
        if (header != null) {
            List<Parsed> parsed = new ArrayList<>();
            for (CsvTable.Row row : rows.subList(1, rows.size())) {
                row(row, header, problems).ifPresent(parsed::add);
            }
            Map<String, Set<String>> extensions = new HashMap<>();
            parsed.forEach(p -> p.extension().ifPresent(e -> extensions.computeIfAbsent(p.label().component().name(),
                    n -> new TreeSet<>()).add(e)));
            Map<ComponentKey, SourceLocation> seen = new HashMap<>();
            for (Parsed one : parsed) {
                ComponentLabel label = one.label();
                if (one.extension().isPresent() && extensions.get(label.component().name()).size() > 1) {
                    label = new ComponentLabel(new ComponentKey(ComponentKind.VIEW, label.component().name() + "."
                            + one.extension().get()), label.label(), label.location());
                }
                SourceLocation first = seen.putIfAbsent(label.component(), label.location());
                if (first != null) {
                    problems.error(label.location(), "duplicate", "component " + label.component()
                            + " is listed twice (first on line " + first.line() + ")");
                } else {
                    labels.add(label);
                }
            }
        }
        problems.throwIfErrors();
        List<Diagnostic> warnings = problems.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING).toList();
        return new ComponentAssignment(name, labels, warnings);
    }

    /** A row read: its label, and the file extension its name was written with, for a view. */
    private record Parsed(ComponentLabel label, Optional<String> extension) {
    }

    /** Column positions; {@code kind} is −1 when the file has no kind column. */
    private record Header(int component, int kind, int label, int width) {
    }

    private static Header header(CsvTable.Row row, DiagnosticCollector problems) {
        int[] found = {-1, -1, -1, -1};
        List<List<String>> roles = List.of(COMPONENT, KIND, LABEL, PLACED_BY);
        boolean ok = true;
        for (int c = 0; c < row.cells().size(); c++) {
            CsvTable.Cell cell = row.cells().get(c);
            String word = cell.text().toLowerCase(Locale.ROOT);
            int role = -1;
            for (int r = 0; r < roles.size(); r++) {
                if (roles.get(r).contains(word)) {
                    role = r;
                }
            }
            if (role < 0) {
                problems.error(cell.location(), "header", "unknown column '" + cell.text() + "'"
                        + Suggestions.didYouMean(word, List.of("component", "kind", "service", "components", "type",
                        "label", "placedby")) + "; " + EXPECTED);
                ok = false;
            } else if (found[role] >= 0) {
                problems.error(cell.location(), "header", "column '" + cell.text() + "' repeats column "
                        + (found[role] + 1) + "; " + EXPECTED);
                ok = false;
            } else {
                found[role] = c;
            }
        }
        if (found[0] < 0 || found[2] < 0) {
            String missing = found[0] < 0 && found[2] < 0 ? "neither a component nor a service column"
                    : found[0] < 0 ? "no component column" : "no service (label) column";
            problems.error(row.location(), "header", "the header row has " + missing + "; " + EXPECTED);
            ok = false;
        }
        return ok ? new Header(found[0], found[1], found[2], row.cells().size()) : null;
    }

    private static Optional<Parsed> row(CsvTable.Row row, Header header, DiagnosticCollector problems) {
        List<CsvTable.Cell> cells = row.cells();
        if (cells.size() != header.width()) {
            problems.error(row.location(), "syntax", "this row has " + cells.size()
                    + (cells.size() == 1 ? " field" : " fields") + ", the header has " + header.width()
                    + "; quote a field that holds a comma");
            return Optional.empty();
        }
        CsvTable.Cell name = cells.get(header.component());
        CsvTable.Cell label = cells.get(header.label());
        // A quoted field keeps its spaces, so a blank one is as empty as an empty one.
        if (name.text().isBlank()) {
            problems.error(name.location(), "value", "the component name is empty");
            return Optional.empty();
        }
        if (label.text().isBlank()) {
            problems.error(label.location(), "value", "component '" + name.text() + "' has no service; write a "
                    + "service name, " + ComponentLabel.SHARED + " (shared) or " + ComponentLabel.UNUSED + " (unused)");
            return Optional.empty();
        }
        Optional<ComponentKind> declared = Optional.empty();
        if (header.kind() >= 0) {
            CsvTable.Cell kind = cells.get(header.kind());
            declared = kind(kind.text());
            if (declared.isEmpty()) {
                List<String> known = Arrays.stream(ComponentKind.values()).map(ComponentKind::yamlName).toList();
                problems.error(kind.location(), "value", "unknown kind '" + kind.text() + "'"
                        + Suggestions.didYouMean(kind.text(), known) + " (known: " + String.join(", ", known) + ")");
                return Optional.empty();
            }
        }
        return key(name, declared, problems).map(key -> new Parsed(new ComponentLabel(key.key(), label.text(),
                row.location()), key.extension()));
    }

    /** A component and, for a view written {@code name(ext)}, the extension. */
    private record Key(ComponentKey key, Optional<String> extension) {
    }

    /**
     * The component a name cell denotes, its kind from the kind column and from a parenthesised
     * suffix. When the two disagree the suffix wins, with a warning: {@code accountImg(jsp)} names a
     * page whatever a kind column says (published ground truths have such slips).
     */
    private static Optional<Key> key(CsvTable.Cell cell, Optional<ComponentKind> declared,
                                     DiagnosticCollector problems) {
        Matcher suffixed = SUFFIXED.matcher(cell.text());
        String name = cell.text();
        Optional<ComponentKind> implied = Optional.empty();
        Optional<String> extension = Optional.empty();
        if (suffixed.matches()) {
            name = suffixed.group(1);
            String suffix = suffixed.group(2).strip().toLowerCase(Locale.ROOT);
            implied = Optional.of(suffix.equals("table") ? ComponentKind.TABLE : ComponentKind.VIEW);
            extension = suffix.equals("table") || suffix.isEmpty() ? Optional.empty() : Optional.of(suffix);
        }
        if (declared.isPresent() && implied.isPresent() && declared.get() != implied.get()) {
            problems.warning(cell.location(), "kind", "'" + cell.text() + "' is written as a "
                    + implied.get().yamlName() + " but its kind is " + declared.get().yamlName() + "; taken as a "
                    + implied.get().yamlName() + ", since a suffix in parentheses is '(table)' for tables and the "
                    + "file extension for views");
        }
        return Optional.of(new Key(new ComponentKey(implied.orElse(declared.orElse(ComponentKind.CLASS)), name),
                extension));
    }

    private static Optional<ComponentKind> kind(String text) {
        return Arrays.stream(ComponentKind.values()).filter(k -> k.yamlName().equalsIgnoreCase(text)).findFirst();
    }
}
