package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.rules.RuleId;

/**
 * The reader-facing documentation of each rule: a full description (why it matters) and help
 * (what to do), used by SARIF's rule metadata and the Markdown report.
 */
final class RuleDocs {

    private RuleDocs() {
    }

    /** Why the rule exists, in one or two sentences. */
    static String fullDescription(RuleId rule) {
        switch (rule) {
            case MD001: return "Services that call each other synchronously in a cycle cannot be deployed, scaled or "
                    + "failed independently, and a slow member stalls the whole loop.";
            case MD002: return "A cycle of asynchronous, event or data dependencies ties the services' release and "
                    + "schema evolution together.";
            case MD003: return "An entity written by several services has no single owner of its invariants; "
                    + "writes race and the data drifts.";
            case MD004: return "A service reads data it does not own without depending on the owner, so the "
                    + "read goes around the owner's API (a shared database in disguise).";
            case MD005: return "An aggregate is the unit of consistency; splitting it across services turns its "
                    + "invariants into distributed transactions.";
            case MD006: return "A service whose granularity exceeds the threshold bundles too many endpoints, "
                    + "entities and logic for one team to change safely.";
            case MD007: return "A service whose granularity is below the threshold costs a deployment, a network hop "
                    + "and an on-call rotation for very little behaviour.";
            case MD008: return "Most of the service's entity-graph weight goes to other services: changes to it "
                    + "will ripple into them.";
            case MD009: return "Each synchronous hop adds latency and multiplies failure probability; long chains "
                    + "make the entry point as fragile as its weakest link.";
            case MD010: return "A service that calls many others synchronously per request is only as available "
                    + "as all of them together.";
            case MD011: return "A service spanning bounded contexts mixes models and languages that DDD keeps apart.";
            case MD012: return "Data nobody owns is data nobody maintains, migrates or protects.";
            case MD013: return "An event nobody consumes is dead weight; an event nobody publishes is a consumer "
                    + "waiting forever.";
            case MD014: return "A team owning too many services (or a service owned by nobody) loses the "
                    + "autonomy the decomposition was meant to give.";
            case MD015: return "Entities of different security zones in one service put the stricter zone's data "
                    + "inside the weaker zone's blast radius.";
            case MD016: return "Along a synchronous chain a callee's timeout must be shorter than its caller's, or "
                    + "the caller gives up while the callee still works and retries amplify load.";
            default: throw new IllegalArgumentException("no documentation for " + rule);
        }
    }

    /** What to do about a finding of the rule. */
    static String help(RuleId rule) {
        switch (rule) {
            case MD001: return "Break the cycle: make one of the calls asynchronous (publish an event), or move the "
                    + "shared behaviour into one of the services.";
            case MD002: return "Break the cycle by inverting one dependency (publish an event instead of reading) or "
                    + "by merging the services if they always change together.";
            case MD003: return "Give the entity one owner; other services send commands to it or keep their own copy "
                    + "updated from its events.";
            case MD004: return "Read through the owner's endpoint (add the call) or subscribe to its events and keep "
                    + "a read model.";
            case MD005: return "Move the aggregate's entities into one service (see the move recommendation).";
            case MD006: return "Split the service along the groups the split recommendation names, or raise the "
                    + "threshold in mdecomp.yaml if the size is intended.";
            case MD007: return "Merge it into the partner the merge recommendation names, or lower the threshold.";
            case MD008: return "Move the entities whose weight goes elsewhere (see the move recommendations) or "
                    + "merge with the top partner.";
            case MD009: return "Shorten the chain: cache, precompute via events, or call in parallel.";
            case MD010: return "Aggregate the downstream data via events, add a cache, or make non-essential calls "
                    + "asynchronous.";
            case MD011: return "Split the service by bounded context, or move the foreign entities to their "
                    + "context's service.";
            case MD012: return "Add the entity to the owns list of the service that writes it.";
            case MD013: return "Consume the event where it matters, stop publishing it, or publish the event the "
                    + "consumer waits for.";
            case MD014: return "Give each service a team; rebalance services across teams or raise the threshold.";
            case MD015: return "Move the entities of the stricter zone into a service of their own.";
            case MD016: return "Give each callee a timeout below its caller's (with room for retries).";
            default: throw new IllegalArgumentException("no documentation for " + rule);
        }
    }

    /** {@code SyncCycle} from {@code sync-cycle}: SARIF's rule name. */
    static String pascalName(RuleId rule) {
        StringBuilder out = new StringBuilder();
        for (String part : rule.slug().split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
