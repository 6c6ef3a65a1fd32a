package io.mdecomp.importer.java;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelWriter;
import java.util.Objects;

/**
 * The result of {@code import java}: a valid model whose elements' locations are where they were
 * found in the sources, and the report.
 */
public record JavaImport(DomainModel model, ImportReport report) {

    public JavaImport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(report, "report");
    }

    /** The model as YAML, with the source file and line of every element as a comment above it. */
    public String yaml() {
        return "# imported by mdecomp import java; each '# file:line' says where the element below was found\n"
                + ModelWriter.write(model, ModelWriter.Comments.PROVENANCE);
    }

    /** The report as Markdown. */
    public String reportMarkdown() {
        return ReportWriter.markdown(report);
    }
}
