"""The SimPy 3 peer of model.yaml + scenarios.yaml: five services behind a gateway, 500 requests/s
for 200 simulated seconds (about 100,000 requests), written as the SimPy documentation writes such
models: a process per request, a Resource per service instance (its workers, FIFO), a process per
call. The same semantics as the mdecomp run: Poisson arrivals, 80% GET /products and 20%
POST /orders; a constant 1 ms at the gateway; every call crosses the network there and back
(log-normal one-way latency, median 0.5 ms, p99 3 ms), picks the callee's instance round-robin
per caller, waits for a worker, holds it for the service time and then for its own calls in
order. Prints per route what the mdecomp run reports: requests answered, mean, p50, p99 and max
latency in milliseconds."""
import math
import random
import sys

import simpy

RATE = 500.0
DURATION = 200.0
GATEWAY_LATENCY = 0.001
Z99 = 2.3263478740408408


def lognormal(rng, median, p99):
    mu, sigma = math.log(median), math.log(p99 / median) / Z99
    return lambda: rng.lognormvariate(mu, sigma)


def exponential(rng, mean):
    return lambda: rng.expovariate(1.0 / mean)


def main(seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    network = lognormal(rng, 0.0005, 0.003)

    # service -> (instances, workers per instance); endpoint -> (service, service time, calls)
    deployment = {"Web": (2, 4), "Catalog": (1, 2), "Orders": (1, 4), "Inventory": (1, 1), "Payment": (2, 1)}
    instances = {name: [simpy.Resource(env, capacity=workers) for _ in range(count)]
                 for name, (count, workers) in deployment.items()}
    endpoints = {
        "Web.browse": ("Web", exponential(rng, 0.001), ["Catalog.list"]),
        "Web.checkout": ("Web", exponential(rng, 0.001), ["Orders.place"]),
        "Catalog.list": ("Catalog", lognormal(rng, 0.002, 0.010), []),
        "Orders.place": ("Orders", lognormal(rng, 0.003, 0.015), ["Inventory.reserve", "Payment.charge"]),
        "Inventory.reserve": ("Inventory", exponential(rng, 0.002), []),
        "Payment.charge": ("Payment", lognormal(rng, 0.005, 0.040), []),
    }
    next_instance = {}  # (caller, callee service) -> round-robin counter
    routes = [("GET /products", "Web.browse", 80), ("POST /orders", "Web.checkout", 20)]
    total_weight = sum(weight for _, _, weight in routes)
    latencies = {route: [] for route, _, _ in routes}

    def call(caller, endpoint):
        service, service_time, calls = endpoints[endpoint]
        pool = instances[service]
        key = (caller, service)
        turn = next_instance.get(key, 0)
        next_instance[key] = turn + 1
        instance = pool[turn % len(pool)]
        yield env.timeout(network())
        with instance.request() as worker:
            yield worker
            yield env.timeout(service_time())
            for downstream in calls:
                yield env.process(call(service, downstream))
        yield env.timeout(network())

    def request(route, endpoint):
        arrived = env.now
        yield env.timeout(GATEWAY_LATENCY)
        yield env.process(call("gateway", endpoint))
        latencies[route].append(env.now - arrived)

    def source():
        while True:
            yield env.timeout(rng.expovariate(RATE))
            pick = rng.random() * total_weight
            for route, endpoint, weight in routes:
                if pick < weight:
                    break
                pick -= weight
            env.process(request(route, endpoint))

    env.process(source())
    env.run(until=DURATION)
    for route, _, _ in routes:
        times = sorted(latencies[route])
        n = len(times)
        print("%s: requests=%d mean=%.3fms p50=%.3fms p99=%.3fms max=%.3fms" % (
            route, n, 1000 * sum(times) / n, 1000 * times[n // 2], 1000 * times[int(0.99 * n)], 1000 * times[-1]))


if __name__ == "__main__":
    # five_services.py [SEED [REPLICATIONS]]: REPLICATIONS independent runs, seeds SEED, SEED + 1, ...
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for replication in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1):
        main(first + replication)
