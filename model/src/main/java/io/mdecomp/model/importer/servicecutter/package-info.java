/**
 * Import of Service Cutter's two input files (the entity-relationship model and the user
 * representations) into an mdecomp {@link io.mdecomp.model.DomainModel}; what has no equivalent
 * in the model is reported as {@code unmapped} warnings, never dropped silently.
 */
package io.mdecomp.model.importer.servicecutter;
