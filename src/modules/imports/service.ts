// What people do with imports: see the kinds of file Bulwark takes, keep column mappings for them,
// run an import and read how each run went.
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { ImportRunView } from '../../contract/imports.js';
import { parseAsOf } from '../../platform/as-of.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportRunRow, OrganisationRow } from '../../platform/db/schema.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { importKinds } from '../../platform/imports/import-kinds.js';
import { progressOf } from '../../platform/imports/progress.js';
import { type ImportContext, type ImportRequest, problemsOf, runImport } from '../../platform/imports/run-import.js';
import * as runs from '../../platform/imports/store.js';
import { getMapping, kindOrNotFound } from '../../platform/imports/saved-mappings.js';
import type { SourceEncoding, SourceFormat } from '../../platform/imports/types.js';
import type { UploadedFile } from '../../platform/imports/uploaded-file.js';
import { authoriseAlso } from '../../platform/policy/policy.js';
import { refOf } from '../organisations/service.js';

export { deleteMapping, listMappings, saveMapping } from '../../platform/imports/saved-mappings.js';

export function kindsView() {
  return importKinds().map((kind) => ({
    id: kind.id,
    label: kind.label,
    columns: kind.columns.map((c) => ({ field: c.field, label: c.label, type: c.type.kind, required: c.required })),
    target: kind.target?.noun ?? null,
  }));
}

export function toRunView(row: ImportRunRow, rejectsKept = false): ImportRunView {
  const progress = progressOf(row.id);
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    status: row.status as ImportRunView['status'],
    mode: row.mode as ImportRunView['mode'],
    mappingName: row.mapping_name,
    asOf: row.as_of,
    contentHash: row.content_hash,
    rowsRead: progress?.rowsRead ?? row.rows_read,
    inserted: row.rows_inserted,
    updated: row.rows_updated,
    unchanged: row.rows_unchanged,
    rejected: row.rows_rejected,
    problemCount: row.problem_count,
    problems: problemsOf(row),
    outcome: row.outcome,
    by: row.actor_label,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    progress: progress ? { rowsRead: progress.rowsRead, bytesRead: progress.bytesRead, totalBytes: progress.totalBytes } : null,
    rejectsKept,
  };
}

export async function recentRuns(db: Db, orgId: string, kind?: string): Promise<ImportRunView[]> {
  const recent = await runs.recentRuns(db, orgId, 50, kind);
  const kept = await runs.runsWithRejects(db, recent.filter((r) => r.rows_rejected > 0).map((r) => r.id));
  return recent.map((r) => toRunView(r, kept.has(r.id)));
}

export async function getRun(db: Db, orgId: string, runId: string): Promise<ImportRunView> {
  const row = await runs.findRun(db, orgId, runId);
  if (!row) throw new NotFound('There is no import run with that id in this organisation.');
  return toRunView(row, row.rows_rejected > 0 && (await runs.runsWithRejects(db, [row.id])).size > 0);
}

/** The rows a skip-invalid upload rejected, as CSV: the file's own columns and a Problem column. */
export async function rejectsOf(db: Db, orgId: string, runId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const row = await runs.findRun(db, orgId, runId);
  const csv = row ? await runs.findRejects(db, orgId, runId) : undefined;
  if (!row || !csv) throw new NotFound('There are no rejected rows kept for that import.');
  return { fileName: `${row.file_name.replace(/\.[a-z0-9]+$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-')}-rejected.csv`, bytes: csv };
}

/** Rejected rows kept for download; more than this and the person is told to fix the file from its problems. */
export const REJECTS_KEPT_BYTES = 32 * 1024 * 1024;

/** A file to import, however it arrived (the API's upload, the command line's path), and how to read it. */
export type FileImport = Omit<ImportRequest, 'kind' | 'orgId' | 'mode' | 'mappingName'> & {
  /** A mapping saved under this name; entries of `mapping` override its fields. */
  mappingName?: string | undefined;
  skipInvalid?: boolean | undefined;
};

/** Runs an import of a file into an organisation, through its saved mapping if one is named. */
export async function importFile(ctx: ImportContext, orgId: string, kindId: string, file: FileImport): Promise<ImportRunRow> {
  const kind = kindOrNotFound(kindId);
  // A name that is no saved mapping but one of the kind's built-in ones (`--mapping esr`) picks that.
  const builtIn = file.mappingName && !file.preset && kind.presets && Object.hasOwn(kind.presets, file.mappingName) && !(await runs.findMapping(ctx.db, orgId, kind.id, file.mappingName));
  if (builtIn) return importFile(ctx, orgId, kindId, { ...file, mappingName: undefined, preset: file.mappingName });
  const saved = file.mappingName ? await getMapping(ctx.db, orgId, kind.id, file.mappingName) : null;
  return runImport(ctx, {
    kind: kind.id,
    orgId,
    fileName: file.fileName,
    open: file.open,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    sheet: file.sheet,
    mapping: { ...saved?.mapping, ...file.mapping },
    mappingName: saved?.name,
    preset: file.preset,
    mode: file.skipInvalid ? 'skip-invalid' : 'all-or-nothing',
    asOf: file.asOf,
    target: file.target,
    rejects: file.rejects,
    onProgress: file.onProgress,
  });
}

export interface UploadOptions {
  file: string;
  format?: SourceFormat | undefined;
  encoding?: SourceEncoding | undefined;
  delimiter?: string | undefined;
  sheet?: string | undefined;
  mapping?: string | undefined;
  preset?: string | undefined;
  skipInvalid?: boolean | undefined;
  asOf?: string | undefined;
  target?: string | undefined;
}

/** Runs an import of a file sent to the API; the person needs the kind's own permission too. */
export async function importUploadedFile(ctx: RequestContext, org: OrganisationRow, kindId: string, upload: UploadedFile | undefined, options: UploadOptions): Promise<ImportRunView> {
  const kind = kindOrNotFound(kindId);
  authoriseAlso(ctx.principal, kind.action, refOf(org), true);
  if (!upload || typeof upload !== 'object' || !('path' in upload) || upload.bytes === 0) {
    throw new ValidationFailed('Send the file as the body of the request (Content-Type: application/octet-stream or text/csv).', [{ field: '(file)', message: 'The request has no file in it.' }]);
  }
  // With skip-invalid, the rejected rows go to a private temporary file and, once the run has
  // applied, into the database beside it for the person to download (up to REJECTS_KEPT_BYTES).
  const rejectsPath = options.skipInvalid ? path.join(path.dirname(upload.path), `${path.basename(upload.path)}.rejects.csv`) : undefined;
  const rejects = rejectsPath ? fs.createWriteStream(rejectsPath, { mode: 0o600 }) : undefined;
  try {
    const run = await importFile({ db: ctx.db, actor: ctx.actor, now: ctx.now }, org.id, kind.id, {
      fileName: options.file,
      open: () => fs.createReadStream(upload.path),
      path: upload.path,
      format: options.format,
      encoding: options.encoding,
      delimiter: options.delimiter,
      sheet: options.sheet,
      mappingName: options.mapping,
      preset: options.preset,
      skipInvalid: options.skipInvalid,
      asOf: options.asOf ? parseAsOf(options.asOf) : ctx.now,
      target: options.target,
      rejects,
    });
    let kept = false;
    if (rejectsPath && run.status === 'applied' && run.rows_rejected > 0) {
      await finished(rejects!);
      const size = fs.statSync(rejectsPath).size;
      if (size <= REJECTS_KEPT_BYTES) {
        await runs.saveRejects(ctx.db, { run_id: run.id, org_id: org.id, csv: fs.readFileSync(rejectsPath), created_at: ctx.now.toISOString() });
        kept = true;
      }
    }
    return toRunView(run, kept);
  } finally {
    rejects?.destroy();
    if (rejectsPath) fs.rmSync(rejectsPath, { force: true });
  }
}
