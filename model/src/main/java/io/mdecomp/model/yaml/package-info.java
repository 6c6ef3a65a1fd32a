/**
 * The positioned YAML reader shared by every input file of mdecomp (models, scenarios, sweeps,
 * configuration, baselines, template pack manifests), and knowing none of their formats:
 * {@link io.mdecomp.model.yaml.YamlLoader} parses a file within
 * {@link io.mdecomp.model.yaml.YamlLimits} into a {@link io.mdecomp.model.yaml.TreeNode} tree that
 * keeps positions, with syntax errors located and explained;
 * {@link io.mdecomp.model.yaml.YamlNode} and {@link io.mdecomp.model.yaml.YamlMap} read it into
 * typed values (scalars, enums, quantities with units, distributions) while collecting every
 * problem into a {@link io.mdecomp.model.yaml.DiagnosticCollector};
 * {@link io.mdecomp.model.yaml.YamlText} and {@link io.mdecomp.model.yaml.DoubleQuoted} write values
 * back so that YAML (and JSON) read them unchanged. The model file format built on it is
 * {@link io.mdecomp.model.format}.
 */
package io.mdecomp.model.yaml;
