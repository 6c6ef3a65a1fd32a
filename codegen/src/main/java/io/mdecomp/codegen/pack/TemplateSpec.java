package io.mdecomp.codegen.pack;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One entry of a pack's manifest.
 *
 * @param template the template file, relative to the pack folder ({@code service/pom.xml.ftl})
 * @param scope    how often it renders
 * @param output   the output path pattern, itself a FreeMarker template over the same variables
 *                 ({@code ${service.artifactId}/pom.xml})
 * @param when     a FreeMarker boolean expression; the file is rendered only where it is true
 *                 (empty: always)
 * @param location where the entry is declared in {@code pack.yaml}
 */
public record TemplateSpec(String template, Scope scope, String output, String when, SourceLocation location) {

    public TemplateSpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(location, "location");
    }
}
