#!/usr/bin/env python3
"""Writes a large Zipkin v2 JSON file of synthetic traces, for measuring `import traces` on big input.

Usage: make-zipkin.py OUT.json SIZE_MB [--interleave N]
Each trace: a gateway-less entry server span, 3-6 client/server call pairs over 6 services, and a
producer/consumer pair; durations are seeded log-normal draws. With --interleave N, the spans of N
traces at a time are shuffled together (as an unsorted export would be).
"""
import json
import random
import sys

out, size_mb = sys.argv[1], float(sys.argv[2])
interleave = int(sys.argv[sys.argv.index("--interleave") + 1]) if "--interleave" in sys.argv else 1
rng = random.Random(7)
services = ["orders", "inventory", "payments", "customers", "pricing", "catalog"]
routes = {s: "/%s/{id}" % s for s in services}
limit = size_mb * 1024 * 1024
written = 0
t0 = 1_767_225_600_000_000
trace_no = 0


def span(trace, sid, parent, kind, service, name, start, duration, tags):
    s = {"traceId": trace, "id": sid, "kind": kind, "name": name, "timestamp": start, "duration": duration,
         "localEndpoint": {"serviceName": service, "ipv4": "10.0.0.%d" % rng.randint(1, 3)}, "tags": tags}
    if parent:
        s["parentId"] = parent
    return s


def make_trace():
    global trace_no
    trace_no += 1
    trace = "%032x" % (trace_no * 2654435761 + 12345)
    ids = iter(range(1, 10_000))
    sid = lambda: "%016x" % (trace_no * 1000 + next(ids))
    start = t0 + trace_no * 1000
    root = sid()
    spans = []
    cursor = start + 200
    for _ in range(rng.randint(3, 6)):
        callee = rng.choice(services[1:])
        client, server = sid(), sid()
        d = int(rng.lognormvariate(7, 0.6))
        spans.append(span(trace, client, root, "CLIENT", "orders", "get", cursor, d + 400, {}))
        spans.append(span(trace, server, client, "SERVER", callee, "get " + routes[callee], cursor + 200, d,
                          {"http.method": "GET", "http.route": routes[callee]}))
        cursor += d + 600
    producer = sid()
    spans.append(span(trace, producer, root, "PRODUCER", "orders", "order-placed send", cursor, 50,
                      {"messaging.destination.name": "order-placed"}))
    spans.append(span(trace, sid(), producer, "CONSUMER", "customers", "order-placed process", cursor + 500,
                      int(rng.lognormvariate(6, 0.5)), {"messaging.destination.name": "order-placed"}))
    spans.insert(0, span(trace, root, None, "SERVER", "orders", "post /orders", start, cursor + 100 - start,
                         {"http.method": "POST", "http.route": "/orders"}))
    return spans


with open(out, "w") as f:
    f.write("[\n")
    first = True
    while written < limit:
        batch = [s for _ in range(interleave) for s in make_trace()]
        if interleave > 1:
            rng.shuffle(batch)
        for s in batch:
            text = ("" if first else ",\n") + json.dumps(s, separators=(",", ":"))
            first = False
            f.write(text)
            written += len(text)
    f.write("\n]\n")
print("%s: %d traces, %.0f MB" % (out, trace_no, written / 1024 / 1024))
