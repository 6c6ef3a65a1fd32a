package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import io.mdecomp.importer.java.sql.Access;

/**
 * A view and what ties it to the code.
 *
 * @param file       the page or template
 * @param renderedBy the handlers that render or forward to it
 * @param includes   the views it includes (JSP includes, Thymeleaf fragments, Facelets templates)
 * @param linkedTo   the handler classes it links or posts to, or whose beans its expressions use
 * @param mentions   the parts of its expressions' paths ({@code owner}, {@code name} in {@code ${owner.name}}), with counts
 * @param scriptlets what the Java code of its JSP scriptlets reads and writes, followed through the
 *                   calls it makes (see {@link Scriptlets}); empty for other views
 */
public record ViewFact(SourceFile file, List<Handler> renderedBy, List<SourceFile> includes, List<TypeDecl> linkedTo,
                       Map<String, Integer> mentions, Map<TypeDecl, Set<Access>> scriptlets) {

    public ViewFact {
        Objects.requireNonNull(file, "file");
        renderedBy = List.copyOf(renderedBy);
        includes = List.copyOf(includes);
        linkedTo = List.copyOf(linkedTo);
        mentions = Map.copyOf(mentions);
        scriptlets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scriptlets));
    }

    /** A view with no scriptlet code read. */
    public ViewFact(SourceFile file, List<Handler> renderedBy, List<SourceFile> includes, List<TypeDecl> linkedTo,
                    Map<String, Integer> mentions) {
        this(file, renderedBy, includes, linkedTo, mentions, Map.of());
    }

    /** This view with what its scriptlets read and write, linked also to the classes their code uses. */
    public ViewFact withScriptlets(Map<TypeDecl, Set<Access>> reach, List<TypeDecl> used) {
        List<TypeDecl> links = new java.util.ArrayList<>(linkedTo);
        used.stream().filter(t -> !links.contains(t)).forEach(links::add);
        return new ViewFact(file, renderedBy, includes, links, mentions, reach);
    }
}
