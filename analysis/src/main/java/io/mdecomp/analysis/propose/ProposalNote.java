package io.mdecomp.analysis.propose;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Something the user of a proposal should know: what the algorithm could not do, or what the cut forces. */
public sealed interface ProposalNote {

    /** One line for people. */
    String message();

    /**
     * The algorithm put every aggregate in one cluster: it found no structure in the entity graph.
     *
     * @param algorithm  the algorithm that ran
     * @param aggregates how many aggregates it clustered
     */
    record NoStructure(ProposeAlgorithm algorithm, int aggregates) implements ProposalNote {

        public NoStructure {
            Objects.requireNonNull(algorithm, "algorithm");
        }

        /** The algorithm to try next: Louvain after Leiden, Leiden after the others. */
        public ProposeAlgorithm next() {
            return algorithm == ProposeAlgorithm.LEIDEN ? ProposeAlgorithm.LOUVAIN : ProposeAlgorithm.LEIDEN;
        }

        @Override
        public String message() {
            String resolution = algorithm.hasResolution() ? "raise --resolution (e.g. 2), try --algorithm "
                    + next().label() : "try --algorithm " + next().label();
            return algorithm.label() + " found no structure: it put all " + aggregates
                    + " aggregates in one cluster; " + resolution + ", or ask for a number with --services N";
        }
    }

    /**
     * The entity graph has no positive edge between aggregates: nothing relates them, so no
     * algorithm can group them.
     *
     * @param aggregates how many aggregates there are
     */
    record NoRelations(int aggregates) implements ProposalNote {
        @Override
        public String message() {
            return "the entity graph relates none of the " + aggregates + " aggregates (no use case or endpoint "
                    + "uses two of them together, no references): the cut keeps each with its current service; "
                    + "add use cases, endpoints' reads and writes, or references";
        }
    }

    /**
     * How {@code --services N} was reached.
     *
     * @param requested      N
     * @param algorithm      the algorithm that ran
     * @param found          how many clusters it found as asked
     * @param resolution     the resolution finally used (the requested one unless raised)
     * @param raisedTo       how many clusters asking for more gave (equal to {@code found} when not asked)
     * @param fromSingletons true when even that gave too few and the merging started from single aggregates
     * @param merges         how many pairs of clusters were merged by modularity gain
     */
    record ServiceCountReached(int requested, ProposeAlgorithm algorithm, int found, double resolution, int raisedTo,
                               boolean fromSingletons, int merges) implements ProposalNote {

        public ServiceCountReached {
            Objects.requireNonNull(algorithm, "algorithm");
        }

        @Override
        public String message() {
            StringBuilder text = new StringBuilder("--services " + requested + ": " + algorithm.label() + " found "
                    + found + " cluster" + (found == 1 ? "" : "s"));
            if (fromSingletons) {
                text.append(", and asking it for more gave ").append(raisedTo)
                        .append("; the proposal starts from every aggregate on its own");
            } else if (raisedTo != found) {
                text.append(algorithm.hasResolution() ? String.format(Locale.ROOT, "; at resolution %.3f it finds %d",
                        resolution, raisedTo) : "; asked for more it finds " + raisedTo);
            }
            if (merges > 0) {
                text.append("; ").append(merges).append(merges == 1 ? " pair" : " pairs")
                        .append(" of clusters merged by largest modularity gain");
            }
            return text.toString();
        }
    }

    /**
     * A circle of dependencies the cut itself makes: the proposed services depend on each other
     * through the data their endpoints use (and the calls and events they keep), whatever interaction
     * is built. When the finished proposal still has a dependency cycle among them ({@code analyze}
     * reports it: MD002, or MD001 when every edge is a sync call) the note says the cut forces one;
     * when the interactions serve it without one (calls one way, events back: choreography), it says so.
     *
     * @param services the services of the circle (a strongly connected group), sorted
     * @param edges    a dependency between two of them and what causes it, one per ordered pair
     * @param cycle    true when the finished proposal has a dependency cycle among these services
     */
    record ForcedCycle(List<String> services, List<Edge> edges, boolean cycle) implements ProposalNote {

        public ForcedCycle {
            services = List.copyOf(services);
            edges = List.copyOf(edges);
        }

        /** {@code from} depends on {@code to} because {@code cause} (e.g. {@code ship reads Order}). */
        public record Edge(String from, String to, String cause) {
            public Edge {
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(to, "to");
                Objects.requireNonNull(cause, "cause");
            }
        }

        @Override
        public String message() {
            StringBuilder text = new StringBuilder(cycle ? "the cut forces a dependency cycle between "
                    : "the cut makes services use each other's data in a circle between ")
                    .append(String.join(", ", services)).append(": ");
            for (int i = 0; i < edges.size(); i++) {
                Edge edge = edges.get(i);
                text.append(i == 0 ? "" : "; ").append(edge.from()).append(" -> ").append(edge.to()).append(" (")
                        .append(edge.cause()).append(')');
            }
            return text.append(cycle ? "; it goes only if those endpoints or entities move together"
                    : "; the proposal serves it without a dependency cycle (calls one way, events back: "
                            + "choreography)").toString();
        }
    }

    /**
     * A read served by a synchronous query although the query closes a sync cycle, lengthens a sync
     * chain or widens a fan-out past its threshold: the owner has no endpoint that writes the
     * aggregate, so there is no event to feed a replicated read model.
     *
     * @param interaction the query
     */
    record UnavoidableSyncQuery(Interaction interaction) implements ProposalNote {

        public UnavoidableSyncQuery {
            Objects.requireNonNull(interaction, "interaction");
        }

        @Override
        public String message() {
            return interaction.service() + "." + interaction.endpoint() + " queries " + interaction.owner() + "."
                    + interaction.via() + " synchronously although the call " + interaction.hazard().orElseThrow()
                    .phrase() + ": no endpoint of " + interaction.owner() + " writes " + interaction.aggregate()
                    + ", so no event can feed a copy";
        }
    }

    /**
     * A step of the plan {@code check} computes on the proposal, taken into the proposal because it
     * would otherwise undo part of the cut (put back together what the cut separated): the proposal
     * and the plan agree.
     *
     * @param number the step's number in that plan
     * @param detail the step, as the plan words it
     */
    record PlanStepTaken(int number, String detail) implements ProposalNote {

        public PlanStepTaken {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String message() {
            return "taken from the plan check computes on the cut (step " + number + "), which would otherwise "
                    + "undo part of it: " + detail;
        }
    }

    /**
     * A step of the plan {@code check} computes on the proposal that undoes part of the cut, left
     * out because the options forbid it.
     *
     * @param detail the step, as the plan words it
     * @param reason why it is left out
     */
    record ReversalLeft(String detail, String reason) implements ProposalNote {

        public ReversalLeft {
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "check's plan on this proposal undoes part of the cut (" + detail + "); the proposal keeps the cut "
                    + "because " + reason;
        }
    }
}
