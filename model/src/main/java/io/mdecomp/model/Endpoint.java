package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operation a service offers.
 *
 * @param name        unique within its service
 * @param method      HTTP method (default GET)
 * @param path        HTTP path (default {@code /} + name)
 * @param reads       entities it reads
 * @param writes      entities it writes
 * @param serviceTime its own processing time, without downstream calls; absent means not modelled
 * @param calls       downstream calls, in order
 * @param publishes   events it publishes
 * @param cache       an optional cache in front of the calls
 * @param location    where it is declared
 * @param publishRules when it publishes an event of {@code publishes} other than on every
 *                    successful request, by event (an event without an entry follows
 *                    {@link PublishRule#DEFAULT})
 */
public record Endpoint(
        String name,
        HttpMethod method,
        String path,
        List<String> reads,
        List<String> writes,
        Optional<Distribution> serviceTime,
        List<Call> calls,
        List<String> publishes,
        Optional<Cache> cache,
        SourceLocation location,
        SortedMap<String, PublishRule> publishRules) {

    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        Objects.requireNonNull(serviceTime, "serviceTime");
        calls = List.copyOf(calls);
        publishes = List.copyOf(publishes);
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(location, "location");
        TreeMap<String, PublishRule> rules = new TreeMap<>();
        for (Map.Entry<String, PublishRule> rule : publishRules.entrySet()) {
            if (!publishes.contains(rule.getKey())) {
                throw new IllegalArgumentException("a publish rule for '" + rule.getKey() + "', which endpoint '"
                        + name + "' does not publish");
            }
            if (!rule.getValue().isDefault()) {
                rules.put(rule.getKey(), rule.getValue());
            }
        }
        publishRules = Collections.unmodifiableSortedMap(rules);
    }

    /** An endpoint that publishes each of its events on every successful request. */
    public Endpoint(String name, HttpMethod method, String path, List<String> reads, List<String> writes,
                    Optional<Distribution> serviceTime, List<Call> calls, List<String> publishes, Optional<Cache> cache,
                    SourceLocation location) {
        this(name, method, path, reads, writes, serviceTime, calls, publishes, cache, location, new TreeMap<>());
    }

    /** When {@code event}, one of {@link #publishes()}, is published. */
    public PublishRule publishRule(String event) {
        return publishRules.getOrDefault(event, PublishRule.DEFAULT);
    }

    /** {@code POST /orders}: how the gateway names this endpoint's route. */
    public String route() {
        return method.yamlName() + " " + path;
    }
}
