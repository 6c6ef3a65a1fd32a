package io.mdecomp.codegen.pack;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code pack.yaml}:
 * <pre>
 * name: my-pack
 * description: what it generates
 * templates:
 *   - {template: service/pom.xml.ftl, scope: service, output: "${service.artifactId}/pom.xml"}
 *   - {template: service/Events.java.ftl, scope: service, output: "...", when: service.publishesEvents}
 * </pre>
 * Every problem is collected and reported at once with its line and column.
 */
final class ManifestParser {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "templates");
    private static final Set<String> ENTRY_KEYS = Set.of("template", "scope", "output", "when");

    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ManifestParser(String file) {
        this.file = file;
    }

    static PackManifest parse(String text, String file) {
        return new ManifestParser(file).read(text);
    }

    private PackManifest read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        options.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new InputException(Diagnostic.error(at(e.getProblemMark()), "syntax",
                    "pack manifest is not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(file), "syntax",
                    "pack manifest is not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InputException(Diagnostic.error(root == null ? SourceLocation.startOf(file)
                    : at(root.getStartMark()), "type", "pack manifest must be a mapping with name, description and templates"));
        }
        String name = "";
        String description = "";
        List<TemplateSpec> templates = new ArrayList<>();
        boolean sawTemplates = false;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (key == null || !TOP_KEYS.contains(key)) {
                unknownKey(tuple.getKeyNode(), key, TOP_KEYS);
            } else if (key.equals("name")) {
                name = requireScalar(value, "name");
            } else if (key.equals("description")) {
                description = requireScalar(value, "description");
            } else {
                sawTemplates = true;
                if (value instanceof SequenceNode sequence) {
                    sequence.getValue().forEach(entry -> entry(entry).ifPresent(templates::add));
                } else {
                    error(value, "type", "'templates' must be a list of {template, scope, output} entries");
                }
            }
        }
        if (name.isEmpty()) {
            error(root, "missing", "pack manifest needs a 'name'");
        }
        if (!sawTemplates || (templates.isEmpty() && problems.isEmpty())) {
            error(root, "missing", "pack manifest needs a non-empty 'templates' list");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PackManifest(name, description, templates);
    }

    private java.util.Optional<TemplateSpec> entry(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "type", "a template entry must be a mapping {template, scope, output[, when]}");
            return java.util.Optional.empty();
        }
        String template = null;
        String scopeWord = null;
        String output = null;
        String when = "";
        Node scopeNode = node;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (key == null || !ENTRY_KEYS.contains(key)) {
                unknownKey(tuple.getKeyNode(), key, ENTRY_KEYS);
                continue;
            }
            String text = requireScalar(value, key);
            switch (key) {
                case "template": template = text; break;
                case "scope": scopeWord = text; scopeNode = value; break;
                case "output": output = text; break;
                default: when = text; break;
            }
        }
        int before = problems.size();
        if (template == null || template.isEmpty()) {
            error(node, "missing", "template entry needs 'template' (a file in the pack)");
        }
        if (output == null || output.isEmpty()) {
            error(node, "missing", "template entry needs 'output' (an output path pattern)");
        }
        Scope scope = null;
        if (scopeWord == null) {
            error(node, "missing", "template entry needs 'scope' (" + scopes() + ")");
        } else {
            scope = PackLoader.scope(scopeWord);
            if (scope == null) {
                error(scopeNode, "value", "unknown scope '" + scopeWord + "' (known: " + scopes() + ")");
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TemplateSpec(template, scope, output, when, at(node.getStartMark())));
    }

    private static String scopes() {
        return Arrays.stream(Scope.values()).map(Scope::yamlName).collect(Collectors.joining(", "));
    }

    private String requireScalar(Node node, String key) {
        String text = scalar(node);
        if (text == null) {
            error(node, "type", "'" + key + "' must be a single value");
            return "";
        }
        return text;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private void unknownKey(Node keyNode, String key, Set<String> known) {
        error(keyNode, "unknown-key", "unknown key '" + key + "' (known: "
                + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
    }

    private void error(Node node, String code, String message) {
        problems.add(Diagnostic.error(at(node.getStartMark()), code, message));
    }

    private SourceLocation at(Mark mark) {
        return mark == null ? SourceLocation.startOf(file)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
