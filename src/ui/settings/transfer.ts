import type { Problem } from '../../store/progress/problems.ts';
import { limits } from '../../store/progress/limits.ts';
import type { ImportResult } from '../../store/progress/progress-store.svelte.ts';

/** What the data section last did, shown in its live region. */
export interface TransferOutcome {
  ok: boolean;
  message: string;
  problems: Problem[];
}

/**
 * A file's text, unless it is plainly too large to be progress: checked on the size in bytes
 * before reading, so a multi-gigabyte file picked by mistake is never loaded into memory.
 * UTF-8 takes at most 4 bytes per character, hence the bound.
 */
export async function readProgressFile(
  file: Blob,
  importText: (text: string) => ImportResult,
): Promise<ImportResult | 'unreadable'> {
  if (file.size > limits.textChars * 4)
    return { ok: false, problems: [{ code: 'too-large', path: '' }] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return 'unreadable';
  }
  return importText(text);
}

/** Saves a Blob as a download, the way a link with `download` does. */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
