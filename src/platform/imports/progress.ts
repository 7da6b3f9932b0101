// How far each running import has got, for the web app to show while it waits. Runs are short-lived
// and belong to this process, so progress is kept in memory; the run record holds the final counts.

export interface ImportProgress {
  runId: string;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  rowsApplied: number;
  rowsRejected: number;
  done: boolean;
}

const running = new Map<string, ImportProgress>();

export function reportProgress(progress: ImportProgress): void {
  running.set(progress.runId, progress);
}

export function clearProgress(runId: string): void {
  running.delete(runId);
}

/** The latest progress of a run still going in this process, if any. */
export function progressOf(runId: string): ImportProgress | undefined {
  return running.get(runId);
}
