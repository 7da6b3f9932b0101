// An assessment taken out of Bulwark: an XLSX workbook (a summary sheet and one row per outcome), the
// same rows as CSV, and a PDF summary for a board paper or an auditor. Built from the workspace views,
// so the files say what the screen says.
import type { ResponseView } from '../../contract/assessments.js';
import type { Db } from '../../platform/db/database.js';
import { csvBuffer } from '../../platform/exports/csv-export.js';
import { type ExportedFile, MEDIA_TYPES } from '../../platform/exports/exported-file.js';
import type { ExportTable } from '../../platform/exports/export-table.js';
import { renderPdfReport } from '../../platform/exports/pdf-report.js';
import { xlsxBuffer } from '../../platform/exports/xlsx-writer.js';
import { getOrganisation } from '../organisations/service.js';
import { loadWorkspaceViews, type WorkspaceViews } from './assessment-reading.js';
import { REVIEW_OPINION_LABELS } from './independent-review.js';
import { STATE_LABELS } from './domain/lifecycle.js';
import { REVIEW_STATE_LABELS } from './domain/response-rules.js';
import * as store from './store.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type { ExportedFile } from '../../platform/exports/exported-file.js';

export async function exportAssessment(db: Db, orgId: string, id: string, format: ExportFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const views = await loadWorkspaceViews(db, orgId, id, asOf, { suggestions: false });
  const [organisation, review] = await Promise.all([getOrganisation(db, orgId), store.findReview(db, id)]);
  const labelOf = levelLabeller(views);
  const base = `${views.row.title}`.replace(/[^A-Za-z0-9 ._-]+/g, '-').trim().replace(/\s+/g, '-');
  const fileName = `${base}.${format}`;
  const table = responsesTable(views, labelOf);
  if (format === 'csv') return { fileName, mediaType: MEDIA_TYPES.csv, bytes: await csvBuffer(table) };
  if (format === 'xlsx') {
    const summary: ExportTable = { columns: [{ header: 'Item', width: 28 }, { header: 'Value', width: 60 }], rows: summaryRows(views, organisation.name, review, labelOf, asOf) };
    return { fileName, mediaType: MEDIA_TYPES.xlsx, bytes: await xlsxBuffer([{ name: 'Summary', ...summary, autoFilter: false }, { name: 'Outcomes', ...table }], { created: asOf, identity }) };
  }
  return { fileName, mediaType: MEDIA_TYPES.pdf, bytes: Buffer.from(await pdfSummary(views, organisation.name, review, labelOf, asOf, identity)) };
}

type LabelOf = (level: string | null) => string;

function levelLabeller(views: WorkspaceViews): LabelOf {
  const labels = new Map(views.frame.levelLabels.map((l) => [l.id, l.label]));
  return (level) => (level === null ? 'Not answered' : level === 'not-applicable' ? 'Not applicable' : (labels.get(level) ?? level));
}

const standingWords = (r: ResponseView) =>
  r.standing === 'below' ? `Below the profile by ${r.rungsBelow} ${r.rungsBelow === 1 ? 'level' : 'levels'}` : r.standing === 'meets' ? 'Meets the profile' : r.standing === 'unanswered' ? 'Not answered' : 'No expected level';

function responsesTable(views: WorkspaceViews, labelOf: LabelOf): ExportTable {
  return {
    columns: [
      { header: 'Outcome', width: 10 },
      { header: 'Title', width: 40 },
      { header: 'Level', width: 20 },
      { header: 'Expected level', width: 20 },
      { header: 'Against the profile', width: 26 },
      { header: 'Narrative', width: 60 },
      { header: 'Reason not applicable or override', width: 40 },
      { header: 'Owner', width: 22 },
      { header: 'Due date', width: 12 },
      { header: 'Review state', width: 18 },
      { header: 'Evidence', width: 50 },
      { header: 'Independent review level', width: 22 },
    ],
    rows: views.responses.map((r) => [
      r.ref,
      r.title,
      labelOf(r.level),
      r.expected ? labelOf(r.expected) : '',
      standingWords(r),
      r.narrative ?? '',
      r.notApplicableReason ?? r.overrideReason ?? '',
      r.owner?.name ?? '',
      r.dueOn ?? '',
      REVIEW_STATE_LABELS[r.reviewState],
      r.evidence.map((e) => `${e.title}${e.fileName ? ` (${e.fileName}, version ${e.currentVersion})` : e.url ? ` (${e.url})` : ''}`).join('; '),
      r.review ? labelOf(r.review.level) : '',
    ]),
  };
}

function summaryRows(views: WorkspaceViews, orgName: string, review: store.AssessmentReviewRow | undefined, labelOf: LabelOf, asOf: Date): string[][] {
  const s = views.summary;
  return [
    ['Organisation', orgName],
    ['Assessment', s.title],
    ['Framework', `${views.frame.catalogue.name} ${s.catalogue.version}`],
    ['Period', s.period],
    ['State', STATE_LABELS[s.state]],
    ['Status', `${s.status.label}${s.status.provisional ? ' (provisional: not every outcome is answered)' : ''}`],
    ['Outcomes', String(s.progress.outcomes)],
    ['Answered', String(s.progress.answered)],
    ['Agreed', String(s.progress.agreed)],
    ['Below the profile', String(s.status.below)],
    ...Object.entries(s.progress.byLevel).map(([level, n]) => [`Outcomes at ${level === 'unanswered' ? 'no level yet' : labelOf(level)}`, String(n)]),
    ['Due', s.dueOn ?? ''],
    ['Independent review opinion', review?.opinion ? REVIEW_OPINION_LABELS[review.opinion as keyof typeof REVIEW_OPINION_LABELS] : 'None recorded'],
    ['As of', asOf.toISOString()],
  ];
}

async function pdfSummary(views: WorkspaceViews, orgName: string, review: store.AssessmentReviewRow | undefined, labelOf: LabelOf, asOf: Date, identity: IdentityNames): Promise<Uint8Array> {
  const s = views.summary;
  const below = views.responses.filter((r) => r.standing === 'below');
  const disagreements = views.responses.filter((r) => r.divergence === 'review-lower' || r.divergence === 'review-higher' || r.divergence === 'applicability');
  return renderPdfReport({
    identity,
    title: s.title,
    subtitle: `${orgName}: ${views.frame.catalogue.name} ${s.catalogue.version}, ${s.period}`,
    generatedAt: asOf,
    meta: [
      ['State', STATE_LABELS[s.state]],
      ['Status', `${s.status.label}${s.status.provisional ? ' (provisional)' : ''}`],
      ['Answered', `${s.progress.answered} of ${s.progress.outcomes}`],
      ['Below the profile', String(s.status.below)],
      ['Due', s.dueOn ?? 'not set'],
    ],
    sections: [
      {
        heading: 'Where the organisation stands',
        paragraphs: [
          `${s.status.meets} of ${s.progress.outcomes} outcomes meet the expected level, ${s.status.below} are below it and ${s.status.unanswered} have no level yet.`,
          ...(s.status.noTarget ? [`${s.status.noTarget} outcomes have no expected level set.`] : []),
        ],
        ...(below.length
          ? { table: { columns: [{ header: 'Outcome', width: 0.12 }, { header: 'Title', width: 0.44 }, { header: 'Level', width: 0.22 }, { header: 'Expected', width: 0.22 }], rows: below.map((r) => [r.ref, r.title, labelOf(r.level), labelOf(r.expected)]) } }
          : {}),
      },
      {
        heading: 'Every outcome',
        table: {
          columns: [{ header: 'Outcome', width: 0.1 }, { header: 'Title', width: 0.36 }, { header: 'Level', width: 0.18 }, { header: 'Owner', width: 0.18 }, { header: 'Evidence', width: 0.08 }, { header: 'Review state', width: 0.1 }],
          rows: views.responses.map((r) => [r.ref, r.title, labelOf(r.level), r.owner?.name ?? '', String(r.evidence.length), REVIEW_STATE_LABELS[r.reviewState]]),
        },
      },
      ...(review
        ? [
            {
              heading: 'Independent review',
              paragraphs: [
                `Opinion: ${review.opinion ? REVIEW_OPINION_LABELS[review.opinion as keyof typeof REVIEW_OPINION_LABELS] : 'not yet given'}${review.reviewer ? `, by ${review.reviewer}` : ''}.`,
                ...(review.summary ? [review.summary] : []),
                `${disagreements.length} ${disagreements.length === 1 ? 'outcome is' : 'outcomes are'} rated differently by the reviewer.`,
              ],
              ...(disagreements.length
                ? { table: { columns: [{ header: 'Outcome', width: 0.12 }, { header: 'Self-assessed', width: 0.3 }, { header: 'Reviewer', width: 0.3 }, { header: 'Note', width: 0.28 }], rows: disagreements.map((r) => [r.ref, labelOf(r.level), labelOf(r.review?.level ?? null), r.review?.note ?? '']) } }
                : {}),
            },
          ]
        : []),
    ],
  });
}

/** The organisation an assessment belongs to, for the command line, which names assessments by id alone. */
export async function organisationOfAssessment(db: Db, id: string): Promise<string | null> {
  return (await store.findAssessmentAnywhere(db, id))?.org_id ?? null;
}
