/**
 * Progress of long work (large analyses, propose, simulate) as a bar on standard error, shown only
 * when standard error is a terminal, {@code CI} is unset and {@code --no-progress} is not given.
 */
package io.mdecomp.cli.progress;
