"""The SimPy 3 peer of model.yaml + scenarios.yaml: an M/M/1 queue (arrivals 800/s, exponential
service with mean 1 ms, one server, FIFO) run for 1,250 simulated seconds, about one million
customers. Written as the SimPy documentation writes such models: a source process, a process per
customer, a Resource of capacity 1. Prints what the mdecomp run reports for the route: customers,
mean, p50, p99 and max time in system in milliseconds."""
import random
import sys

import simpy

RATE = 800.0           # arrivals per second
MEAN_SERVICE = 0.001   # seconds
DURATION = 1250.0      # simulated seconds


def main(seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    times = []

    def customer():
        arrived = env.now
        with server.request() as request:
            yield request
            yield env.timeout(rng.expovariate(1.0 / MEAN_SERVICE))
        times.append(env.now - arrived)

    def source():
        while True:
            yield env.timeout(rng.expovariate(RATE))
            env.process(customer())

    env.process(source())
    env.run(until=DURATION)
    times.sort()
    n = len(times)
    print("customers=%d mean=%.3fms p50=%.3fms p99=%.3fms max=%.3fms" % (
        n, 1000 * sum(times) / n, 1000 * times[n // 2], 1000 * times[int(0.99 * n)], 1000 * times[-1]))


if __name__ == "__main__":
    # mm1.py [SEED [REPLICATIONS]]: REPLICATIONS independent runs, seeds SEED, SEED + 1, ...
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for replication in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1):
        main(first + replication)
