/**
 * The rule catalogue MD001–MD016 (SPEC §4): one small {@link io.mdecomp.analysis.rules.Rule} class
 * per rule, run by {@link io.mdecomp.analysis.rules.RuleEngine} with each rule's
 * {@link io.mdecomp.analysis.rules.RuleSetting}; results are {@link io.mdecomp.analysis.rules.Finding}s.
 */
package io.mdecomp.analysis.rules;
