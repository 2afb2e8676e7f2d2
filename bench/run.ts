/**
 * `npm run bench`: the performance targets of the issues, measured by a script (never by a timed
 * unit test). Prints a readable table, or one JSON object with --json. Exit status 1 if a target
 * is missed, so a regression is visible.
 */
import { measureOnlineSpeed } from './online-speed.ts';
import { peakMemoryBytes } from './online-memory.ts';
import { measureVectorisation } from './inference-vectorisation.ts';
import { measureLabFrames } from './lab-frames.ts';
import { measureLessonBudget } from './lesson-budget.ts';

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

log('Online lab in headless Chromium: 500 requests/s at 10x, 3 s warm-up, then 10 s measured...');
const idle = await measureLabFrames(10, false);
const lab = await measureLabFrames(10, true);
// rAF timestamps in a page that is not cross-origin isolated have 0.1 ms resolution (Chromium's
// coarsened performance.now): a 60 Hz frame reads as 16.7 or 16.8 ms, as the idle control shows.
const TIMER_RESOLUTION_MS = 0.1;
results.push(
  {
    name: 'idle lab page: frame p95 (control)',
    value: idle.steady.p95FrameMs,
    unit: 'ms',
    target: '',
    met: true,
  },
  {
    name: 'running lab: frame p95',
    value: lab.steady.p95FrameMs,
    unit: 'ms',
    target: '<= 16.7 (+0.1)',
    met: lab.steady.p95FrameMs <= 16.7 + TIMER_RESOLUTION_MS + 1e-9,
  },
  {
    name: 'running lab: longest frame',
    value: lab.steady.maxFrameMs,
    unit: 'ms',
    target: '',
    met: true,
  },
  {
    name: 'running lab: frames missed',
    value: lab.steady.missedFrames,
    unit: 'frames',
    target: '',
    met: true,
  },
  {
    name: 'running lab: longest task',
    value: lab.steady.maxLongTaskMs,
    unit: 'ms',
    target: '<= 50',
    met: lab.steady.longTasks === 0 || lab.steady.maxLongTaskMs <= 50,
  },
  {
    name: 'lab warm-up (first 3 s of play): longest task',
    value: lab.warmUp.maxLongTaskMs,
    unit: 'ms',
    target: '<= 50',
    met: lab.warmUp.longTasks === 0 || lab.warmUp.maxLongTaskMs <= 50,
  },
  {
    name: 'running lab: simulated speed',
    value: lab.simulatedSpeed,
    unit: 'x',
    target: '10',
    met: Math.abs(lab.simulatedSpeed - 10) < 0.5,
  },
);

log("JavaScript of a lesson's first load (gzipped), from the built site...");
const [lesson, widgetSlide] = await measureLessonBudget([
  '#/lessons/02-batch/1',
  '#/lessons/02-batch/3',
]);
results.push(
  {
    name: 'first load of a lesson (02-batch/1): JS gzipped',
    value: lesson.gzipKiB,
    unit: 'KiB',
    target: '< 150, no tfjs/sql',
    met: lesson.gzipKiB < 150 && lesson.heavy.length === 0,
  },
  {
    // A slide with a live widget also loads the engine, its worker and the charts (not tfjs).
    name: 'slide with a widget (02-batch/3): JS gzipped',
    value: widgetSlide.gzipKiB,
    unit: 'KiB',
    target: 'no tfjs/sql',
    met: widgetSlide.heavy.length === 0,
  },
);

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
