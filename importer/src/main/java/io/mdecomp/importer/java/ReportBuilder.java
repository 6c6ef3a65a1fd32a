package io.mdecomp.importer.java;

import io.mdecomp.importer.java.assemble.Assembly;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.recognize.Confidence;
import io.mdecomp.importer.java.recognize.DataAccess;
import io.mdecomp.importer.java.recognize.EntityFact;
import io.mdecomp.importer.java.recognize.Handler;
import io.mdecomp.importer.java.recognize.Recognition;
import io.mdecomp.importer.java.recognize.TableCatalog;
import io.mdecomp.importer.java.recognize.ViewFact;
import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceSet;
import io.mdecomp.importer.java.sql.Access;
import io.mdecomp.model.Component;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Gathers the import report from the sources, the recognition and the assembled model. */
final class ReportBuilder {

    private ReportBuilder() {
    }

    static ImportReport build(SourceSet sources, Recognition facts, Assembly assembly) {
        DomainModel model = assembly.model();
        List<String> summary = new ArrayList<>();
        summary.add(count(sources.of(FileKind.JAVA).size(), "Java file") + " with "
                + count(facts.index().types().size(), "type") + "; " + count(sources.of(FileKind.XML).size(), "XML file")
                + ", " + count(sources.of(FileKind.SQL).size(), "SQL file") + ", "
                + count(sources.of(FileKind.VIEW).size(), "view file"));
        summary.add(count(facts.entities().size(), "entity") + ", "
                + count(facts.dataAccess().size(), "repository, DAO or mapper") + ", "
                + count(facts.tables().tables().size(), "table") + ", " + count(facts.handlers().size(), "endpoint")
                + ", " + count(facts.views().size(), "view"));
        summary.add(count(model.services().size(), "current service") + ", " + count(model.useCases().size(), "use case")
                + ", " + count(model.components().size(), "component"));

        List<ImportReport.Section> recognised = new ArrayList<>();
        List<String> guessed = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (EntityFact fact : facts.entities().values()) {
            String line = fact.type().qualifiedName() + ": " + fact.rule().description() + " ("
                    + fact.rule().confidence().word() + " confidence) at " + where(fact.type());
            (fact.rule().confidence() == Confidence.HIGH ? entities : guessed).add("entity " + line);
        }
        for (TypeDecl superclass : facts.mappedSuperclasses()) {
            entities.add(superclass.qualifiedName() + ": @MappedSuperclass at " + where(superclass)
                    + "; its fields belong to the entities that extend it");
        }
        recognised.add(new ImportReport.Section("Entities", entities));
        List<String> access = new ArrayList<>();
        for (DataAccess da : facts.dataAccess().values()) {
            String line = da.type().qualifiedName() + ": " + da.kind().description()
                    + da.entity().map(e -> ", manages " + e.name()).orElse("") + " at " + where(da.type());
            (da.kind().confidence() == Confidence.HIGH ? access : guessed).add(
                    da.kind().confidence() == Confidence.HIGH ? line : "data access " + line + " (medium confidence)");
        }
        access.sort(String::compareTo);
        recognised.add(new ImportReport.Section("Repositories, DAOs and mappers", access));
        List<String> tables = new ArrayList<>();
        for (TableCatalog.Table table : facts.tables().tables().values()) {
            tables.add(table.name() + ": " + String.join("; ", table.origins()) + (table.ties().isEmpty()
                    ? "; tied to no entity" : "; tied to " + table.ties().entrySet().stream()
                    .map(e -> e.getKey().name() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
        }
        recognised.add(new ImportReport.Section("Tables", tables));
        List<String> endpoints = new ArrayList<>();
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                endpoints.add(endpoint.route() + " → " + endpoint.name() + " in " + service.name() + " at "
                        + endpoint.location().file() + ":" + endpoint.location().line() + "; reads "
                        + names(endpoint.reads()) + ", writes " + names(endpoint.writes()));
            }
        }
        for (Handler handler : facts.handlers()) {
            if (handler.httpMethod().isEmpty()) {
                guessed.add("HTTP method of " + handler.type().name() + "." + handler.method().name() + " ("
                        + handler.framework().title() + "): POST when it writes, else GET (medium confidence)");
            }
        }
        recognised.add(new ImportReport.Section("Endpoints", endpoints));
        List<String> views = new ArrayList<>();
        List<String> notUnderstood = new ArrayList<>(facts.notUnderstood());
        for (ViewFact view : facts.views()) {
            List<String> ties = new ArrayList<>();
            if (!view.renderedBy().isEmpty()) {
                ties.add("rendered by " + view.renderedBy().stream().map(h -> h.type().name() + "." + h.method().name())
                        .collect(Collectors.joining(", ")));
            }
            if (!view.includes().isEmpty()) {
                ties.add("includes " + view.includes().stream().map(f -> f.baseName()).collect(Collectors.joining(", ")));
            }
            if (!view.linkedTo().isEmpty()) {
                ties.add("links to " + view.linkedTo().stream().map(TypeDecl::name).collect(Collectors.joining(", ")));
            }
            if (!view.scriptlets().isEmpty()) {
                List<String> touched = new ArrayList<>();
                for (Access kind : Access.values()) {
                    String names = view.scriptlets().entrySet().stream()
                            .filter(e -> (e.getValue().contains(Access.WRITE) ? Access.WRITE : Access.READ) == kind)
                            .map(e -> e.getKey().name()).collect(Collectors.joining(", "));
                    if (!names.isEmpty()) {
                        touched.add((kind == Access.WRITE ? "write " : "read ") + names);
                    }
                }
                ties.add("its scriptlets " + String.join(" and ", touched));
            }
            views.add(view.file().name() + (ties.isEmpty() ? ": no handler renders it" : ": " + String.join("; ", ties)));
        }
        recognised.add(new ImportReport.Section("Views", views));
        guessed.addAll(assembly.guesses());
        guessed.addAll(assembly.renamed());
        List<String> unused = new ArrayList<>();
        for (Component component : model.components()) {
            if (component.uses().isEmpty()) {
                unused.add(component.kind().yamlName() + " " + component.name());
            }
        }
        if (!unused.isEmpty()) {
            notUnderstood.add(unused.size() + (unused.size() == 1 ? " component uses" : " components use")
                    + " no entity (shared utilities, configuration, or ties the importer does not see; propose places"
                    + " each by the classes it links to, then by its package, where those agree): "
                    + String.join(", ", unused));
        }
        return new ImportReport(model.system(), summary, recognised, guessed, notUnderstood, sources.skipped());
    }

    /** {@code 1 table}, {@code 2 tables}, {@code 3 entities}, {@code 2 repositories, DAOs or mappers}. */
    static String count(int n, String singular) {
        if (n == 1) {
            return "1 " + singular;
        }
        String plural = singular.equals("repository, DAO or mapper") ? "repositories, DAOs or mappers"
                : singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
        return n + " " + plural;
    }

    private static String where(TypeDecl type) {
        return type.file() + ":" + type.line();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }
}
