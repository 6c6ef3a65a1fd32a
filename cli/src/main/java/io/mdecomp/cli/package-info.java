/** The command line: entry point, exit codes and error reporting. Only this module prints or exits. */
package io.mdecomp.cli;
