/**
 * The template view model: records built from a {@link io.mdecomp.model.DomainModel} for templates,
 * with names already turned into Java identifiers, package names and artifact ids, ports assigned,
 * attribute types mapped. Templates see only these records, never the model's. Documented for pack
 * authors in {@code docs/templates.md}.
 */
package io.mdecomp.codegen.view;
