/**
 * Rendering: {@link io.mdecomp.codegen.generate.Generator} runs a pack's FreeMarker templates over the
 * view model in a locked-down configuration and returns {@link io.mdecomp.codegen.GeneratedFiles}.
 */
package io.mdecomp.codegen.generate;
