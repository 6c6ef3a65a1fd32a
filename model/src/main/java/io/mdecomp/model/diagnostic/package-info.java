/**
 * Located diagnostics ({@code FILE:LINE:COL: SEVERITY: MESSAGE [CODE]}) and mdecomp's exception
 * hierarchy, rooted at {@link io.mdecomp.model.diagnostic.MdecompException}.
 */
package io.mdecomp.model.diagnostic;
