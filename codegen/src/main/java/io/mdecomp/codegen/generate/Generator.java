package io.mdecomp.codegen.generate;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.OutputPath;
import io.mdecomp.codegen.pack.TemplatePack;
import io.mdecomp.codegen.pack.TemplateSpec;
import io.mdecomp.codegen.view.EventView;
import io.mdecomp.codegen.view.ServiceView;
import io.mdecomp.codegen.view.SystemView;
import io.mdecomp.codegen.view.ViewModelBuilder;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a template pack over the view of a model and returns the files, path → content. Pure
 * apart from reading the pack's templates: nothing is written; the same model and pack give the
 * same files, byte for byte.
 *
 * <p>For each manifest entry, in order, and each item of its scope: the {@code when} expression
 * decides whether it renders; the output pattern gives the path, which must pass
 * {@link OutputPath}; two entries may not write the same path. A template error is reported as
 * {@code TEMPLATE:LINE:COL: error: ... [template]}.
 */
public final class Generator {

    private final TemplatePack pack;
    private final Configuration configuration;
    private final Map<String, Template> inline = new HashMap<>();

    public Generator(TemplatePack pack) {
        this.pack = pack;
        this.configuration = FreemarkerFactory.configuration(pack.source());
    }

    /** Generates the files for {@code model}, with services under {@code com.example}. */
    public GeneratedFiles generate(DomainModel model) {
        return generate(ViewModelBuilder.withDefaults().build(model));
    }

    /** Generates the files for {@code system}. */
    public GeneratedFiles generate(SystemView system) {
        TreeMap<String, String> files = new TreeMap<>();
        Map<String, TemplateSpec> writers = new HashMap<>();
        for (TemplateSpec spec : pack.manifest().templates()) {
            for (Map<String, Object> data : items(spec, system)) {
                if (!spec.when().isEmpty() && !"true".equals(renderInline(spec, "when", "<#if (" + spec.when()
                        + ")>true</#if>", data))) {
                    continue;
                }
                String path = renderInline(spec, "output", spec.output(), data);
                String problem = OutputPath.problem(path);
                if (problem != null) {
                    throw new InputException(Diagnostic.error(spec.location(), "unsafe-path", "template '"
                            + spec.template() + "' has output '" + path + "': refusing to write it, " + problem
                            + "; output paths must stay inside --out"));
                }
                TemplateSpec previous = writers.putIfAbsent(path, spec);
                if (previous != null) {
                    throw new InputException(Diagnostic.error(spec.location(), "duplicate", "template '"
                            + spec.template() + "' writes '" + path + "', which template '" + previous.template()
                            + "' already writes; make the output patterns differ"));
                }
                files.put(path, render(spec, data));
            }
        }
        return new GeneratedFiles(files);
    }

    private static List<Map<String, Object>> items(TemplateSpec spec, SystemView system) {
        List<Map<String, Object>> items = new ArrayList<>();
        switch (spec.scope()) {
            case SYSTEM:
                items.add(Map.of("system", system));
                break;
            case SERVICE:
                system.services().forEach(s -> items.add(Map.of("system", system, "service", s)));
                break;
            case ENTITY:
                system.services().forEach(s -> s.entities().forEach(e ->
                        items.add(Map.of("system", system, "service", s, "entity", e))));
                break;
            case CLIENT:
                system.services().forEach(s -> s.clients().forEach(c ->
                        items.add(Map.of("system", system, "service", s, "client", c))));
                break;
            case EVENT:
                system.services().forEach(s -> eventsOf(s).forEach(e ->
                        items.add(Map.of("system", system, "service", s, "event", e))));
                break;
            default:
                throw new IllegalStateException("unknown scope " + spec.scope());
        }
        return items;
    }

    /** The events a service publishes or consumes, sorted by name, each once. */
    static List<EventView> eventsOf(ServiceView service) {
        Map<String, EventView> events = new TreeMap<>();
        service.publishes().forEach(e -> events.put(e.name(), e));
        service.consumes().forEach(c -> events.put(c.event().name(), c.event()));
        return List.copyOf(events.values());
    }

    private String render(TemplateSpec spec, Map<String, Object> data) {
        try {
            Template template = configuration.getTemplate(spec.template());
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (ParseException e) {
            throw templateError(spec, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getEditorMessage());
        } catch (TemplateException e) {
            throw templateError(spec, e.getTemplateSourceName(), lineOf(e.getLineNumber()),
                    lineOf(e.getColumnNumber()), e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw templateError(spec, spec.template(), 0, 0, "cannot read template: " + e.getMessage());
        }
    }

    private String renderInline(TemplateSpec spec, String what, String source, Map<String, Object> data) {
        String key = spec.template() + "#" + what + "#" + source;
        try {
            Template template = inline.get(key);
            if (template == null) {
                template = new Template(spec.template() + " (" + what + ")", new StringReader(source), configuration);
                inline.put(key, template);
            }
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (ParseException | TemplateException e) {
            String message = e instanceof ParseException parse ? parse.getEditorMessage()
                    : ((TemplateException) e).getMessageWithoutStackTop();
            throw new InputException(Diagnostic.error(spec.location(), "template", "the '" + what + "' of template '"
                    + spec.template() + "' (" + source + ") failed: " + oneLine(message)));
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(spec.location(), "template", "the '" + what
                    + "' of template '" + spec.template() + "' failed: " + e.getMessage()));
        }
    }

    private InputException templateError(TemplateSpec spec, String sourceName, int line, int column, String message) {
        String name = sourceName == null ? spec.template() : sourceName;
        String file = pack.isBuiltin() ? pack.manifest().name() + "/" + name
                : pack.source().display() + "/" + name;
        SourceLocation location = line > 0 ? new SourceLocation(file, line, Math.max(column, 1))
                : SourceLocation.startOf(file);
        return new InputException(Diagnostic.error(location, "template", oneLine(message)));
    }

    private static int lineOf(Integer number) {
        return number == null ? 0 : number;
    }

    private static String oneLine(String message) {
        String text = message == null ? "template failed" : message.strip();
        return text.replaceAll("\\s*\\n\\s*", " ").replaceAll("-{3,}", "").replaceAll("\\s{2,}", " ").strip();
    }
}
