package io.mdecomp.importer.java;

import io.mdecomp.importer.java.assemble.Assembly;
import io.mdecomp.importer.java.assemble.ModelAssembler;
import io.mdecomp.importer.java.assemble.ServicesBy;
import io.mdecomp.importer.java.code.CodeBase;
import io.mdecomp.importer.java.code.JavaSources;
import io.mdecomp.importer.java.recognize.Recognition;
import io.mdecomp.importer.java.recognize.Recognizer;
import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.importer.java.source.SourceSet;
import io.mdecomp.importer.java.source.SourceTree;
import io.mdecomp.importer.java.xml.XmlDocument;
import io.mdecomp.importer.java.xml.XmlReader;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.MdecompException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.ModelValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code mdecomp import java}: builds a model from the sources of a Java code base by static
 * analysis (JavaParser), without compiling it or touching the network. Reads the roots' Java,
 * XML, SQL and view files; recognises entities, data access, tables, handlers and views by
 * framework rules; assembles a valid model with a component per class, table and view; and says
 * what it recognised, guessed and did not understand. Any unreadable source (not UTF-8, not valid
 * Java, malformed mapper XML) is an {@link InputException} with all such problems, located; no
 * partial model is returned.
 */
public final class JavaImporter {

    private static final Set<String> GENERIC_DIRECTORIES = Set.of("src", "main", "java", "webapp", "resources", "app");

    private JavaImporter() {
    }

    /** Imports the code base under {@code roots}, with the current services read as {@code servicesBy} says. */
    public static JavaImport importJava(List<Path> roots, ServicesBy servicesBy) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one source root");
        }
        SourceSet sources = SourceTree.scan(roots);
        List<Diagnostic> problems = new ArrayList<>(sources.problems());
        List<SourceFile> java = sources.of(FileKind.JAVA);
        if (problems.isEmpty() && java.isEmpty()) {
            problems.add(Diagnostic.error(new SourceLocation(roots.get(0).toString(), 0, 0), "empty",
                    "no Java sources found (test sources and build output are not read); pass the directory that"
                            + " holds the application's sources"));
        }
        CodeBase code = JavaSources.parse(java);
        problems.addAll(code.problems());
        List<XmlDocument> documents = new ArrayList<>();
        for (SourceFile file : sources.of(FileKind.XML)) {
            XmlReader.read(file, problems::add).ifPresent(documents::add);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Recognition facts = Recognizer.recognize(sources, code, documents);
        Assembly assembly = ModelAssembler.assemble(facts, systemName(roots.get(0)), servicesBy);
        List<Diagnostic> invalid = ModelValidator.validate(assembly.model());
        if (!invalid.isEmpty()) {
            throw new MdecompException("the imported model is not valid, which is a bug of the importer: "
                    + invalid.stream().map(Diagnostic::format).collect(Collectors.joining("; ")));
        }
        return new JavaImport(assembly.model(), ReportBuilder.build(sources, facts, assembly));
    }

    /** The name of the first root, going up past generic folder names ({@code src/main/java} → the project). */
    static String systemName(Path root) {
        Path current = root.toAbsolutePath().normalize();
        while (current.getFileName() != null
                && GENERIC_DIRECTORIES.contains(current.getFileName().toString().toLowerCase(Locale.ROOT))
                && current.getParent() != null && current.getParent().getFileName() != null) {
            current = current.getParent();
        }
        return current.getFileName() == null ? "system" : current.getFileName().toString();
    }
}
