/**
 * The safe writer: puts {@link io.mdecomp.codegen.GeneratedFiles} on disk atomically, never outside
 * the output directory, keeping files changed by hand (checksums in {@code .mdecomp/generated.json}).
 */
package io.mdecomp.codegen.write;
