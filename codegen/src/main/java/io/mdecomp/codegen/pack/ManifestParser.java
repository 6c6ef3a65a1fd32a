package io.mdecomp.codegen.pack;

import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code pack.yaml} through the located YAML reader ({@link YamlLoader}), like every input
 * file of mdecomp:
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

    private ManifestParser() {
    }

    static PackManifest parse(String text, String file) {
        DiagnosticCollector problems = new DiagnosticCollector(file);
        Optional<PackManifest> manifest = YamlLoader.parse(file, text).root(problems).labelled("the pack manifest")
                .asMap().map(root -> {
                    root.allowOnly("name", "description", "templates");
                    String name = root.name("name").orElse("");
                    String description = root.string("description").orElse("");
                    List<TemplateSpec> templates = root.required("templates")
                            .flatMap(n -> n.asListOf("a list of {template, scope, output} entries", ManifestParser::entry))
                            .orElse(List.of());
                    if (templates.isEmpty() && !problems.hasErrors()) {
                        problems.error(root.location(), "missing", "the pack manifest needs a non-empty 'templates' list");
                    }
                    return new PackManifest(name, description, templates);
                });
        problems.throwIfErrors();
        return manifest.orElseThrow();
    }

    private static Optional<TemplateSpec> entry(YamlNode node) {
        return node.labelled("a template entry").asMap().flatMap(entry -> {
            YamlMap map = entry.allowOnly("template", "scope", "output", "when");
            Optional<String> template = map.required("template").flatMap(YamlNode::asName);
            Optional<Scope> scope = map.required("scope").flatMap(n -> n.asEnum(Scope.class));
            Optional<String> output = map.required("output").flatMap(YamlNode::asName);
            String when = map.string("when").orElse("");
            if (template.isEmpty() || scope.isEmpty() || output.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TemplateSpec(template.get(), scope.get(), output.get(), when, map.location()));
        });
    }
}
