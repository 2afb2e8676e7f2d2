"""The bench's M/M/4 queue (bench/online-speed.ts, MM4) simulated with SimPy, for `npm run bench`.

Usage: python3 simpy_mm4.py REQUESTS [SEED]
Prints one JSON object: requests, wall seconds, requests per second of wall time, the mean latency
(a check that the queue is the same one: Erlang C gives 17.46 ms for M/M/4 at 320/s, 10 ms) and
SimPy's version.

SimPy 2.3.1 is the one Debian ships (`apt-get install python3-simpy`); PyPI's SimPy 3+ has another
API (`import simpy`). The 2.x object-oriented API (a Simulation object passed as `sim=`) is used,
as its documentation recommends over the global one ("SimPy Classic" manual, "The
object-oriented API").

Same work as ours: Poisson arrivals at 320/s, exponential service of mean 10 ms, 4 identical
servers, one FCFS queue, no warm-up, and each request's latency recorded.
"""

import json
import random
import sys
import time

try:
    import SimPy
    from SimPy.Simulation import FIFO, Process, Resource, Simulation, hold, release, request
except ImportError as error:
    print(json.dumps({"error": f"SimPy 2.x is not importable: {error}"}))
    sys.exit(3)

ARRIVAL_RATE_PER_S = 320.0
MEAN_SERVICE_MS = 10.0
SERVERS = 4


class Request(Process):
    """One request: queue for a server (FCFS), hold it for its service time, release it."""

    def visit(self, servers, service_ms, latencies):
        arrived = self.sim.now()
        yield request, self, servers
        yield hold, self, service_ms
        yield release, self, servers
        latencies.append(self.sim.now() - arrived)


class Source(Process):
    """Poisson arrivals: exponential gaps between requests (times in ms)."""

    def generate(self, count, servers, rng, latencies):
        mean_gap_ms = 1000.0 / ARRIVAL_RATE_PER_S
        for _ in range(count):
            r = Request(sim=self.sim)
            service_ms = rng.expovariate(1.0 / MEAN_SERVICE_MS)
            self.sim.activate(r, r.visit(servers, service_ms, latencies))
            yield hold, self, rng.expovariate(1.0 / mean_gap_ms)


def run(count, seed):
    rng = random.Random(seed)
    latencies = []
    sim = Simulation()
    sim.initialize()
    servers = Resource(capacity=SERVERS, qType=FIFO, sim=sim)
    source = Source(sim=sim)
    sim.activate(source, source.generate(count, servers, rng, latencies))
    sim.simulate(until=float("inf"))
    return latencies


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    started = time.perf_counter()
    latencies = run(count, seed)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "requests": len(latencies),
                "seconds": seconds,
                "requestsPerS": len(latencies) / seconds,
                "meanLatencyMs": sum(latencies) / len(latencies),
                "simpyVersion": SimPy.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
