package io.mdecomp.codegen.pack;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;

/**
 * Finds and loads template packs: built-in ones from the class path, users' from a folder.
 * Every problem of a {@code pack.yaml} is reported at once, located.
 */
public final class PackLoader {

    /** The class-path folder holding the built-in packs, one sub-folder each. */
    public static final String BUILTIN_ROOT = "io/mdecomp/codegen/packs";

    /** The built-in packs, the default first. */
    public static final List<String> BUILTIN = List.of("spring-boot", "java-plain");

    /** The pack used when none is named. */
    public static final String DEFAULT = "spring-boot";

    private static final String MANIFEST = "pack.yaml";

    private final ClassLoader classLoader;

    public PackLoader() {
        this(PackLoader.class.getClassLoader());
    }

    PackLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * The pack {@code nameOrFolder} names: a built-in pack's name, or a folder holding {@code pack.yaml}.
     *
     * @param nameOrFolder a built-in name or a path
     * @param baseDir      the folder a relative path is resolved against
     */
    public TemplatePack load(String nameOrFolder, Path baseDir) {
        if (BUILTIN.contains(nameOrFolder)) {
            return builtin(nameOrFolder);
        }
        Path folder = baseDir.resolve(nameOrFolder);
        if (!Files.isDirectory(folder)) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(nameOrFolder), "template",
                    "unknown template pack '" + nameOrFolder + "' (built-in: " + String.join(", ", BUILTIN)
                            + "; or give a folder holding " + MANIFEST + ")"));
        }
        return directory(folder);
    }

    /** The built-in pack {@code name}. */
    public TemplatePack builtin(String name) {
        PackSource.Builtin source = new PackSource.Builtin(name);
        String resource = source.resourceFolder() + "/" + MANIFEST;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in pack '" + name + "' has no " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            PackManifest manifest = ManifestParser.parse(text, name + "/" + MANIFEST);
            requireTemplates(manifest, t -> classLoader.getResource(source.resourceFolder() + "/" + t) != null);
            return new TemplatePack(manifest, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's pack in {@code folder}. */
    public TemplatePack directory(Path folder) {
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(folder.toString()), "template",
                    "template pack folder '" + folder + "' has no " + MANIFEST
                            + "; see docs/templates.md for its format"));
        }
        String text;
        try {
            text = Files.readString(manifestFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(manifestFile.toString()), "io",
                    "cannot read " + MANIFEST + ": " + e.getMessage()));
        }
        PackManifest manifest = ManifestParser.parse(text, manifestFile.toString());
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireTemplates(manifest, t -> isInside(root, t));
        return new TemplatePack(manifest, new PackSource.Directory(root));
    }

    private static boolean isInside(Path root, String template) {
        try {
            Path file = root.resolve(template).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) && file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireTemplates(PackManifest manifest, java.util.function.Predicate<String> exists) {
        List<Diagnostic> problems = new ArrayList<>();
        for (TemplateSpec spec : manifest.templates()) {
            String template = spec.template();
            boolean unsafe = template.startsWith("/") || template.contains("\\")
                    || Arrays.asList(template.split("/")).contains("..");
            if (unsafe || !exists.test(template)) {
                problems.add(Diagnostic.error(spec.location(), "template", "template '" + template + "' "
                        + (unsafe ? "is not inside the pack folder" : "does not exist in the pack")
                        + "; templates are named relative to the folder holding " + MANIFEST));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
