package io.mdecomp.analysis.propose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interaction the proposal adds because an endpoint uses data another proposed service now owns.
 *
 * @param kind      how the data is reached
 * @param service   the proposed service of the endpoint
 * @param endpoint  the endpoint that reads or writes the data
 * @param owner     the proposed service that owns the data
 * @param aggregate the root of the aggregate the data belongs to
 * @param entities  the entities of that aggregate the endpoint reads (or writes), in declaration order
 * @param via       the owner's endpoint that is called, or for {@link Kind#REPLICA} the event it publishes
 * @param handler   for {@link Kind#REPLICA}, the endpoint of {@code service} that consumes the event
 * @param hazard    what a synchronous call would have caused, when that is why it is not one (or, for a
 *                  query that could not be avoided, what it causes); empty otherwise
 */
public record Interaction(Kind kind, String service, String endpoint, String owner, String aggregate,
                          List<String> entities, String via, Optional<String> handler, Optional<Hazard> hazard) {

    public Interaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(aggregate, "aggregate");
        entities = List.copyOf(entities);
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(hazard, "hazard");
    }

    /** How an endpoint reaches another service's data. */
    public enum Kind {
        /** A synchronous call to a query endpoint of the owner. */
        QUERY,
        /** A synchronous call to a command endpoint of the owner, which becomes the only writer. */
        COMMAND,
        /** An asynchronous call (a queued command) to a command endpoint of the owner. */
        QUEUED_COMMAND,
        /** A copy kept by the reader, fed by an event the owner publishes when the aggregate changes. */
        REPLICA
    }

    /** What a synchronous call would cause; each matches the rule that would report it. */
    public enum Hazard {
        /** It would close a cycle of synchronous calls (MD001). */
        SYNC_CYCLE("would close a cycle of synchronous calls (MD001)"),
        /** It would make a chain of synchronous calls longer than MD009's threshold. */
        LONG_CHAIN("would make a chain of synchronous calls longer than MD009's threshold"),
        /** It would give the caller more synchronous dependencies than MD010's threshold. */
        FAN_OUT("would give the caller more synchronous dependencies than MD010's threshold");

        private final String phrase;

        Hazard(String phrase) {
            this.phrase = phrase;
        }

        /** {@code would close a cycle of synchronous calls (MD001)}, ... */
        public String phrase() {
            return phrase;
        }
    }

    /** One line for people, e.g. {@code ShopMonolith.addToCart reads Product: sync query ProductService.getProduct}. */
    public String message() {
        boolean writes = kind == Kind.COMMAND || kind == Kind.QUEUED_COMMAND;
        String head = service + "." + endpoint + (writes ? " writes " : " reads ") + String.join(", ", entities)
                + " of " + owner + ": ";
        String how;
        switch (kind) {
            case QUERY:
                how = "sync query " + owner + "." + via;
                break;
            case COMMAND:
                how = "sync command " + owner + "." + via;
                break;
            case QUEUED_COMMAND:
                how = "queued (async) command " + owner + "." + via;
                break;
            default:
                how = "a copy fed by " + owner + "'s " + via + " events, consumed by " + service + "."
                        + handler.orElse("?");
                break;
        }
        return head + how + hazard.map(h -> kind == Kind.QUERY ? " (it " + h.phrase() + ")"
                : " (a sync call " + h.phrase() + ")").orElse("");
    }
}
