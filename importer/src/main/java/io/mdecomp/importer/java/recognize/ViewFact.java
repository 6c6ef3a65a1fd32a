package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A view and what ties it to the code.
 *
 * @param file       the page or template
 * @param renderedBy the handlers that render or forward to it
 * @param includes   the views it includes (JSP includes, Thymeleaf fragments, Facelets templates)
 * @param linkedTo   the handler classes it links or posts to, or whose beans its expressions use
 * @param mentions   the parts of its expressions' paths ({@code owner}, {@code name} in {@code ${owner.name}}), with counts
 */
public record ViewFact(SourceFile file, List<Handler> renderedBy, List<SourceFile> includes, List<TypeDecl> linkedTo,
                       Map<String, Integer> mentions) {

    public ViewFact {
        Objects.requireNonNull(file, "file");
        renderedBy = List.copyOf(renderedBy);
        includes = List.copyOf(includes);
        linkedTo = List.copyOf(linkedTo);
        mentions = Map.copyOf(mentions);
    }
}
