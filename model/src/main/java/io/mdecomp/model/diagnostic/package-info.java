/**
 * Located diagnostics ({@code FILE:LINE:COL: SEVERITY: MESSAGE [CODE]}), "did you mean" help for
 * their messages ({@link io.mdecomp.model.diagnostic.Suggestions}) and mdecomp's exception
 * hierarchy, rooted at {@link io.mdecomp.model.diagnostic.MdecompException}.
 */
package io.mdecomp.model.diagnostic;
