package io.mdecomp.bench.simulation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: {@code engineMM1} scores events per second (one operation = one event) and
 * {@code ecommerceSteadyState} simulated requests per second (one operation = one request; 60
 * simulated seconds at 1,000 requests/s per invocation). Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar Simulation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SimulationBenchmarks {

    private static final long EVENTS = 1_000_000L;
    private static final int REQUESTS = 60_000;

    private EcommerceRun ecommerce;

    @Setup
    public void setUp() {
        ecommerce = new EcommerceRun(EcommerceRun.samples(), "steady-state", 60);
    }

    @Benchmark
    @OperationsPerInvocation((int) EVENTS)
    public long engineMM1() {
        MM1 queue = new MM1(1, 0.8, 1.0, Long.MAX_VALUE);
        queue.run(EVENTS);
        return queue.events();
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public long ecommerceSteadyState() {
        return ecommerce.run().requests().total();
    }
}
