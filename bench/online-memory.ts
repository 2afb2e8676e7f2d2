import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));

/** Peak resident memory of a fresh process that simulates `requests` requests. */
export function peakMemoryBytes(requests: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe, String(requests)], {
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { peakRssBytes: number }).peakRssBytes;
}
