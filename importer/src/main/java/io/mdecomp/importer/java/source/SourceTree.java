package io.mdecomp.importer.java.source;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds and reads the files of one or more source roots. Symbolic links are not followed. Left
 * out, and listed in {@link SourceSet#skipped()}: hidden directories and {@code node_modules};
 * build output ({@code target}, {@code build}, {@code out}) next to a build file; test sources
 * ({@code src/test}, {@code src/it} and other {@code src/*test*} folders); Javadoc pages. Sources
 * of other JVM languages and templates of other engines are counted in {@link SourceSet#notRead()}. Every file read must be UTF-8 and at most
 * {@value #MAX_BYTES} bytes, or an error is reported for it. Cost: one pass over the tree.
 */
public final class SourceTree {

    /** The largest file read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final Set<String> BUILD_OUTPUT = Set.of("target", "build", "out");
    private static final Pattern TEST_FOLDER = Pattern.compile("(?i).*test.*|it");
    private static final Map<String, String> NOT_READ = Map.of(".kt", "Kotlin source", ".groovy", "Groovy source",
            ".scala", "Scala source", ".clj", "Clojure source", ".ftl", "FreeMarker template", ".ftlh",
            "FreeMarker template", ".vm", "Velocity template", ".mustache", "Mustache template", ".hbs",
            "Handlebars template");

    private SourceTree() {
    }

    /** Reads every importable file under {@code roots}; problems with the roots themselves are errors too. */
    public static SourceSet scan(List<Path> givenRoots) {
        List<Diagnostic> problems = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> otherLanguages = new TreeMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        List<Path> roots = distinct(givenRoots, skipped);
        for (Path root : roots) {
            SourceLocation at = new SourceLocation(root.toString(), 0, 0);
            if (!Files.exists(root)) {
                problems.add(Diagnostic.error(at, "io", "no such directory; pass the directory that holds the sources"));
            } else if (!Files.isDirectory(root)) {
                problems.add(Diagnostic.error(at, "io", "is a file, not a directory; pass the directory that holds"
                        + " the sources (e.g. the project's root or its src/main)"));
            } else {
                String prefix = roots.size() == 1 ? "" : prefix(root, prefixes);
                new Walk(root, prefix, files, skipped, otherLanguages, problems).run();
            }
        }
        List<String> notRead = new ArrayList<>();
        otherLanguages.forEach((sort, count) -> notRead.add(count + " " + sort + (count == 1 ? "" : "s")
                + " (not read: the importer reads Java, JSP, Thymeleaf/HTML and Facelets)"));
        files.sort(Comparator.comparing(SourceFile::name));
        return new SourceSet(files, skipped, notRead, problems);
    }

    /**
     * The roots without the directories that are, or lie inside, another root: their files would be
     * read twice and every class found twice. Each one left out is listed in {@code skipped}.
     */
    private static List<Path> distinct(List<Path> roots, List<String> skipped) {
        List<Path> real = roots.stream().map(SourceTree::real).toList();
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            Path within = null;
            for (int j = 0; j < roots.size() && within == null && Files.isDirectory(real.get(i)); j++) {
                boolean inside = !real.get(i).equals(real.get(j)) && real.get(i).startsWith(real.get(j));
                if (j != i && (inside || j < i && real.get(i).equals(real.get(j)))) {
                    within = roots.get(j);
                }
            }
            if (within == null) {
                kept.add(roots.get(i));
            } else {
                skipped.add(roots.get(i) + ": given again, within " + within + " (read once)");
            }
        }
        return kept;
    }

    /** The path with links resolved, when it exists; else made absolute. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String prefix(Path root, Map<String, Integer> used) {
        Path fileName = root.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "root" : fileName.toString();
        int n = used.merge(name, 1, Integer::sum);
        return (n == 1 ? name : name + "~" + n) + "/";
    }

    /** How a file is read, if at all. */
    static Optional<FileKind> kindOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".java")) {
            return lower.equals("package-info.java") || lower.equals("module-info.java")
                    ? Optional.empty() : Optional.of(FileKind.JAVA);
        }
        if (lower.endsWith(".xml")) {
            return lower.equals("pom.xml") ? Optional.empty() : Optional.of(FileKind.XML);
        }
        if (lower.endsWith(".sql")) {
            return Optional.of(FileKind.SQL);
        }
        if (lower.endsWith(".jsp") || lower.endsWith(".jspf") || lower.endsWith(".jspx") || lower.endsWith(".xhtml")
                || lower.endsWith(".html") || lower.endsWith(".htm")) {
            return lower.equals("package.html") || lower.equals("overview.html")
                    ? Optional.empty() : Optional.of(FileKind.VIEW);
        }
        return Optional.empty();
    }

    /** One root's walk. */
    private static final class Walk extends SimpleFileVisitor<Path> {

        private final Path root;
        private final String prefix;
        private final List<SourceFile> files;
        private final List<String> skipped;
        private final Map<String, Integer> otherLanguages;
        private final List<Diagnostic> problems;
        private final Map<Path, String> modules = new HashMap<>();

        Walk(Path root, String prefix, List<SourceFile> files, List<String> skipped,
             Map<String, Integer> otherLanguages, List<Diagnostic> problems) {
            this.root = root;
            this.prefix = prefix;
            this.files = files;
            this.skipped = skipped;
            this.otherLanguages = otherLanguages;
            this.problems = problems;
        }

        void run() {
            try {
                Files.walkFileTree(root, this);
            } catch (IOException e) {
                problems.add(Diagnostic.error(new SourceLocation(root.toString(), 0, 0), "io",
                        "cannot read the directory: " + e.getMessage()));
            }
        }

        private String name(Path path) {
            return prefix + root.relativize(path).toString().replace('\\', '/');
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            Path fileName = dir.getFileName();
            String name = fileName == null ? "" : fileName.toString();
            Path parent = dir.getParent();
            if (!dir.equals(root)) {
                if (name.startsWith(".") || name.equals("node_modules")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (BUILD_OUTPUT.contains(name) && parent != null && hasBuildFile(parent)) {
                    skipped.add(name(dir) + "/: build output");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("src")
                        && !name.equals("main") && TEST_FOLDER.matcher(name).matches()) {
                    skipped.add(name(dir) + "/: test sources");
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            String module = hasBuildFile(dir) ? (dir.equals(root) ? "." : name(dir).substring(prefix.length()))
                    : parent == null || dir.equals(root) ? "." : modules.getOrDefault(parent, ".");
            modules.put(dir, module);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!attributes.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
            if (NOT_READ.containsKey(extension)) {
                otherLanguages.merge(NOT_READ.get(extension), 1, Integer::sum);
                return FileVisitResult.CONTINUE;
            }
            Optional<FileKind> kind = kindOf(fileName);
            if (kind.isEmpty()) {
                return FileVisitResult.CONTINUE;
            }
            String name = name(file);
            if (attributes.size() > MAX_BYTES) {
                problems.add(Diagnostic.error(new SourceLocation(name, 0, 0), "limit", "file is too large ("
                        + attributes.size() + " bytes); the limit is " + MAX_BYTES + " bytes"));
                return FileVisitResult.CONTINUE;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (AccessDeniedException e) {
                problems.add(Diagnostic.error(new SourceLocation(name, 0, 0), "io", "permission denied"));
                return FileVisitResult.CONTINUE;
            } catch (IOException e) {
                problems.add(Diagnostic.error(new SourceLocation(name, 0, 0), "io", "cannot read the file: "
                        + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
            Utf8.decode(bytes, name, problems::add).ifPresent(text -> files.add(
                    new SourceFile(name, modules.getOrDefault(file.getParent(), "."), kind.get(), text)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(Diagnostic.error(new SourceLocation(name(file), 0, 0), "io",
                    e instanceof AccessDeniedException ? "permission denied" : "cannot read: " + e.getMessage()));
            return FileVisitResult.CONTINUE;
        }

        private static boolean hasBuildFile(Path dir) {
            for (String buildFile : BUILD_FILES) {
                if (Files.isRegularFile(dir.resolve(buildFile))) {
                    return true;
                }
            }
            return false;
        }
    }
}
