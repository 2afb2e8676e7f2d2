/**
 * `npm run bench`: the performance targets of the issues, measured by a script (never by a timed
 * unit test). Prints a readable table, or one JSON object with --json. Exit status 1 if a target
 * is missed, so a regression is visible.
 */
import { measureOnlineSpeed } from './online-speed.ts';
import { peakMemoryBytes } from './online-memory.ts';
import { measureVectorisation } from './inference-vectorisation.ts';

interface Result {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
}

const results: Result[] = [];
const json = process.argv.includes('--json');
const log = (text: string) => {
  if (!json) process.stdout.write(text + '\n');
};

log('Online engine, M/M/4 at utilisation 0.8, 1,000,000 requests (median of 5 runs)...');
const speed = measureOnlineSpeed(1_000_000, 5);
results.push(
  {
    name: 'engine requests/s',
    value: speed.engineRate,
    unit: 'req/s',
    target: '>= 2,500,000',
    met: speed.engineRate >= 2_500_000,
  },
  {
    name: 'hand-written recursion requests/s',
    value: speed.recursionRate,
    unit: 'req/s',
    target: '(ceiling)',
    met: true,
  },
  {
    name: 'engine / recursion',
    value: speed.ratio,
    unit: 'ratio',
    target: '>= 0.25',
    met: speed.ratio >= 0.25,
  },
);

log('Peak memory of a process simulating 100,000 and 10,000,000 requests...');
const small = peakMemoryBytes(100_000);
const large = peakMemoryBytes(10_000_000);
results.push(
  {
    name: 'peak RSS, 100,000 requests',
    value: small / 2 ** 20,
    unit: 'MiB',
    target: '',
    met: true,
  },
  {
    name: 'peak RSS, 10,000,000 requests',
    value: large / 2 ** 20,
    unit: 'MiB',
    target: '',
    met: true,
  },
  {
    name: 'peak RSS 10M / 100k',
    value: large / small,
    unit: 'ratio',
    target: '<= 1.20',
    met: large / small <= 1.2,
  },
);

log('Inference per row at batch size 1 and 1024, TensorFlow.js CPU backend, every model...');
for (const v of await measureVectorisation(15)) {
  results.push({
    name: `${v.name}: batch 1 / 1024 per row`,
    value: v.gain,
    unit: 'x',
    target: '>= 20',
    met: v.gain >= 20,
  });
}

if (json) {
  process.stdout.write(JSON.stringify({ results }) + '\n');
} else {
  log('');
  for (const r of results) {
    const value =
      r.unit === 'req/s' ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(3);
    log(
      `${r.name.padEnd(52)} ${value.padStart(12)} ${r.unit.padEnd(6)} ${r.target.padEnd(14)} ${r.target && r.target !== '(ceiling)' ? (r.met ? 'met' : 'MISSED') : ''}`,
    );
  }
}
process.exitCode = results.every((r) => r.met) ? 0 : 1;
