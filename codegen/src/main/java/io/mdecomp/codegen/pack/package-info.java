/**
 * Template packs: a folder of FreeMarker templates plus a {@code pack.yaml} manifest saying which
 * template renders per system, service, entity, client or event, and where its output goes.
 * {@link io.mdecomp.codegen.pack.PackLoader} reads built-in packs from the jar and users' packs from
 * a folder, and checks the manifest with located diagnostics.
 */
package io.mdecomp.codegen.pack;
