/**
 * Code generation: {@link io.mdecomp.codegen.GeneratedFiles} (what a pack renders, path → content)
 * and the checks every generated path passes ({@link io.mdecomp.codegen.OutputPath}). The view
 * model lives in {@code .view}, template packs in {@code .pack}, rendering in {@code .generate},
 * the safe writer in {@code .write}.
 */
package io.mdecomp.codegen;
