/** The picocli commands: thin classes that parse options, call one facade and render its result. */
package io.mdecomp.cli.command;
