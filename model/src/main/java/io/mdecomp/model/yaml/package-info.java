/**
 * Located YAML reading shared by every input file of mdecomp (models, scenarios, configuration,
 * baselines, template pack manifests): {@link io.mdecomp.model.yaml.YamlLoader} parses a file within
 * {@link io.mdecomp.model.yaml.YamlLimits} into a node tree that keeps positions;
 * {@link io.mdecomp.model.yaml.YamlNode} and {@link io.mdecomp.model.yaml.YamlMap} read it into
 * typed values while collecting every problem into a
 * {@link io.mdecomp.model.yaml.DiagnosticCollector}. The model's own reader and writer live here
 * too.
 */
package io.mdecomp.model.yaml;
