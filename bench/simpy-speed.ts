import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * SimPy's speed on the bench's M/M/4 queue (bench/simpy_mm4.py, the same queue as MM4 in
 * online-speed.ts), for the "engine speed stays at least 20x SimPy".
 *
 * SimPy runs fewer requests than our engine's million: requests per second of wall time is a rate,
 * and neither simulator's cost per request grows with the run's length on this queue (both keep
 * a calendar of a handful of events and append one latency per request), so a shorter run
 * measures the same rate in less time. 200,000 requests take about a second on this machine.
 */

export const SIMPY_INSTALL_HINT = 'sudo apt-get install python3-simpy';

const script = fileURLToPath(new URL('./simpy_mm4.py', import.meta.url));

/**
 * The python3 on PATH first, then Debian's own: python3-simpy installs into Debian's
 * dist-packages, which a pyenv or virtualenv python3 earlier on PATH does not see.
 */
const PYTHONS = ['python3', '/usr/bin/python3'];

/** simpy_mm4.py's exit status when SimPy cannot be imported. */
const NO_SIMPY = 3;

export type SimpySpeed =
  | {
      ok: true;
      requestsPerS: number;
      runs: number[];
      python: string;
      simpyVersion: string;
      meanLatencyMs: number;
    }
  | { ok: false; reason: string };

interface RunOutput {
  requestsPerS: number;
  meanLatencyMs: number;
  simpyVersion: string;
}

function runOnce(python: string, requests: number, seed: number) {
  return spawnSync(python, [script, String(requests), String(seed)], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
}

/** Median of `repeats` runs (seeds 1, 2, ...) of `requests` requests, or why SimPy did not run. */
export function measureSimpySpeed(requests: number, repeats: number): SimpySpeed {
  const tried: string[] = [];
  for (const python of PYTHONS) {
    const first = runOnce(python, requests, 1);
    if (first.error) {
      tried.push(`${python}: ${first.error.message}`);
      continue;
    }
    if (first.status === NO_SIMPY) {
      tried.push(`${python}: no SimPy 2`);
      continue;
    }
    const outputs: RunOutput[] = [];
    for (let r = 0; r < repeats; r++) {
      const run = r === 0 ? first : runOnce(python, requests, r + 1);
      if (run.status !== 0)
        return {
          ok: false,
          reason: `${python} ${script} failed: ${run.stderr || run.error?.message}`,
        };
      outputs.push(JSON.parse(run.stdout) as RunOutput);
    }
    const sorted = [...outputs].sort((a, b) => a.requestsPerS - b.requestsPerS);
    const mid = sorted[sorted.length >> 1];
    return {
      ok: true,
      requestsPerS: mid.requestsPerS,
      runs: outputs.map((o) => o.requestsPerS),
      python,
      simpyVersion: mid.simpyVersion,
      meanLatencyMs: mid.meanLatencyMs,
    };
  }
  return { ok: false, reason: tried.join('; ') };
}
