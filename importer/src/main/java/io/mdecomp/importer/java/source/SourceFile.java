package io.mdecomp.importer.java.source;

import java.util.Objects;

/**
 * One file of the source tree, decoded.
 *
 * @param name   its path relative to the source root, with {@code /} separators (prefixed with the
 *               root's own name when several roots are imported): what diagnostics and provenance show
 * @param module the build module it belongs to: the path of the nearest directory with a
 *               {@code pom.xml}, {@code build.gradle} or {@code build.gradle.kts}, relative to the
 *               root ({@code .} for the root itself), or the root when there is none
 * @param kind   how it is read
 * @param text   its content
 */
public record SourceFile(String name, String module, FileKind kind, String text) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without directories. */
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The file name without its extension: how a view is named. */
    public String baseName() {
        String file = fileName();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
