/**
 * Settings of a run, from lowest to highest priority: defaults, {@code mdecomp.yaml} next to the
 * model or {@code --config FILE}, {@code MDECOMP_*} environment variables, command-line options.
 * {@link io.mdecomp.cli.config.SettingsLoader} is the entry point; the environment is always
 * handed in ({@link io.mdecomp.cli.config.CliEnvironment}), never read here.
 */
package io.mdecomp.cli.config;
