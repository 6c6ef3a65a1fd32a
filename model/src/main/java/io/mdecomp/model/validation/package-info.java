/**
 * The rules of a model that span records (unique names, resolving references, aggregates),
 * checked once by {@link io.mdecomp.model.validation.ModelValidator}, which returns every
 * diagnostic at once.
 */
package io.mdecomp.model.validation;
