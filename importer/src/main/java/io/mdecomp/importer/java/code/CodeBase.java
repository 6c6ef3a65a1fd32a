package io.mdecomp.importer.java.code;

import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.List;

/**
 * The summaries of all Java sources read.
 *
 * @param types    every type declared, nested ones included, in file order
 * @param problems syntax errors, located
 */
public record CodeBase(List<TypeDecl> types, List<Diagnostic> problems) {

    public CodeBase {
        types = List.copyOf(types);
        problems = List.copyOf(problems);
    }
}
