import { runEngine } from './online-speed.ts';

/**
 * Run in a child process by the benchmark: simulates N requests of the benchmark queue and prints
 * the process's peak resident memory, so runs of different lengths can be compared.
 */
const requests = Number(process.argv[2]);
const report = runEngine(requests, 1);
if (report.counts.completed !== requests)
  throw new Error(`expected ${requests} completed requests`);
process.stdout.write(
  JSON.stringify({ requests, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + '\n',
);
