package io.mdecomp.simulator.tune;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A deployment the capacity search tries: instances and workers per instance of every service. */
public record Candidate(SortedMap<String, Integer> instances, SortedMap<String, Integer> workers) {

    public Candidate {
        instances = Collections.unmodifiableSortedMap(new TreeMap<>(instances));
        workers = Collections.unmodifiableSortedMap(new TreeMap<>(workers));
    }

    /** This candidate with {@code service} at {@code count} instances. */
    Candidate withInstances(String service, int count) {
        TreeMap<String, Integer> changed = new TreeMap<>(instances);
        changed.put(service, count);
        return new Candidate(changed, workers);
    }

    /** This candidate with {@code service} at {@code count} workers per instance. */
    Candidate withWorkers(String service, int count) {
        TreeMap<String, Integer> changed = new TreeMap<>(workers);
        changed.put(service, count);
        return new Candidate(instances, changed);
    }

    /** All instances of all services. */
    public int totalInstances() {
        return instances.values().stream().mapToInt(Integer::intValue).sum();
    }
}
