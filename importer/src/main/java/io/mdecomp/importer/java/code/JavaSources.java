package io.mdecomp.importer.java.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Java sources (language level {@value #LEVEL_NAME}) into {@link CodeBase} summaries, on
 * all cores, in file order. A file that is not valid Java gives {@code java-syntax} errors at the
 * positions JavaParser reports (at most {@value #PROBLEMS_PER_FILE} per file), or one when it is nested
 * too deeply for the recursive parser. Each syntax tree is
 * dropped once summarised, so memory grows with the summaries only. Cost: linear in the sources.
 */
public final class JavaSources {

    static final String LEVEL_NAME = "21";
    static final int PROBLEMS_PER_FILE = 5;

    private JavaSources() {
    }

    private record Parsed(List<TypeDecl> types, List<Diagnostic> problems) {
    }

    /** Summaries of {@code files} (Java sources), with their syntax errors. */
    public static CodeBase parse(List<SourceFile> files) {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false)));
        List<Parsed> parsed = files.parallelStream().map(f -> parseGuarded(parsers, f)).toList();
        List<TypeDecl> types = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Parsed p : parsed) {
            types.addAll(p.types());
            problems.addAll(p.problems());
        }
        return new CodeBase(types, problems);
    }

    /**
     * {@link #parse(JavaParser, SourceFile)}, with a file nested too deeply for the recursive parser
     * or summarizer (thousands of nested classes, blocks or parentheses) reported as an error of that
     * file instead of ending the run; the thread's parser is replaced, as its state is undefined then.
     */
    private static Parsed parseGuarded(ThreadLocal<JavaParser> parsers, SourceFile file) {
        try {
            return parse(parsers.get(), file);
        } catch (StackOverflowError e) {
            parsers.remove();
            return new Parsed(List.of(), List.of(Diagnostic.error(SourceLocation.startOf(file.name()), "java-syntax",
                    "nested too deeply to read (classes, blocks or expressions inside each other thousands of levels"
                            + " deep); fix the file or leave its directory out")));
        }
    }

    private static Parsed parse(JavaParser parser, SourceFile file) {
        ParseResult<CompilationUnit> result = parser.parse(file.text());
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new Parsed(Summarizer.summarize(result.getResult().get(), file.name(), file.module()), List.of());
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Problem problem : result.getProblems()) {
            if (problems.size() == PROBLEMS_PER_FILE) {
                break;
            }
            SourceLocation at = problem.getLocation().flatMap(t -> t.getBegin().getRange())
                    .map(r -> new SourceLocation(file.name(), r.begin.line, r.begin.column))
                    .orElse(SourceLocation.startOf(file.name()));
            problems.add(Diagnostic.error(at, "java-syntax", message(problem.getMessage())));
        }
        if (problems.isEmpty()) {
            problems.add(Diagnostic.error(SourceLocation.startOf(file.name()), "java-syntax", "not valid Java"));
        }
        return new Parsed(List.of(), problems);
    }

    /** JavaParser's message, shortened: the first line, without the long list of expected tokens. */
    static String message(String raw) {
        String first = raw.lines().findFirst().orElse(raw).strip();
        int expected = first.indexOf(", expected one of");
        if (expected > 0) {
            first = first.substring(0, expected);
        }
        if (first.startsWith("Parse error. ")) {
            first = first.substring("Parse error. ".length());
        }
        return "not valid Java " + LEVEL_NAME + ": " + first + "; fix the file or leave its directory out";
    }
}
