/**
 * The model file format (format version 1, SPEC §3, {@code docs/model.md}):
 * {@link io.mdecomp.model.format.ModelReader} reads a model file through the positioned YAML reader
 * of {@link io.mdecomp.model.yaml} into a validated {@link io.mdecomp.model.DomainModel}, pointing
 * the validator at the exact key of each problem; {@link io.mdecomp.model.format.ModelWriter} writes
 * a model back in the canonical layout that the reader reads unchanged.
 */
package io.mdecomp.model.format;
