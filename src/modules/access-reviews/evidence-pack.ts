// A campaign's evidence pack, as an XLSX workbook or an A4 PDF holding the same words: the campaign and
// its scope, each account as it stood when the campaign started with who reviewed it and what they
// decided, why and when, the completion figures, and the actions revocations became with their state.
import type { Review, ReviewAction, ReviewItem } from '../../contract/access-reviews.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { Forbidden } from '../../platform/errors.js';
import type { ExportTable } from '../../platform/exports/export-table.js';
import { type ExportedFile, MEDIA_TYPES } from '../../platform/exports/exported-file.js';
import { renderPdfReport } from '../../platform/exports/pdf-report.js';
import { xlsxBuffer } from '../../platform/exports/xlsx-writer.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';
import { listDirectories } from '../directory/service.js';
import { getReview, listItems } from './campaigns.js';
import { listActions } from './review-actions.js';
import type { Reader } from './review-views.js';

export const EVIDENCE_FORMATS = ['xlsx', 'pdf'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

const RULE_WORDS = { 'line-manager': 'The account owner’s line manager', 'information-asset-owner': 'The Information Asset Owner', person: 'One named person' } as const;
const VIA_WORDS = { 'line-manager': 'Line manager', 'information-asset-owner': 'Information Asset Owner', person: 'Named reviewer', fallback: 'Unassigned: the campaign’s starter' } as const;

function scopeWords(review: Review, directoryName: string | null): string {
  const parts = [
    review.scope.privileged ? 'privileged accounts' : 'all accounts',
    review.scope.directoryId ? `in directory ${directoryName ?? review.scope.directoryId}` : 'in every directory',
    ...(review.scope.group ? [`in group ${review.scope.group}`] : []),
    ...(review.scope.finding ? [`in the finding ${review.scope.finding}`] : []),
  ];
  return parts.join(', ');
}

/** The rule, and whom it names: the one person, or the asset and its owner as the register has them now. */
function reviewerWords(review: Review): string {
  if (review.reviewer) return `${RULE_WORDS[review.reviewerRule]}: ${review.reviewer.name}`;
  if (review.reviewerRule === 'information-asset-owner' && review.asset) return `${RULE_WORDS[review.reviewerRule]} of ${review.asset.name}: ${review.asset.owner?.name ?? 'none recorded'}`;
  return RULE_WORDS[review.reviewerRule];
}

function campaignRows(review: Review, directoryName: string | null): Array<[string, string]> {
  return [
    ['Campaign', review.name],
    ['Scope', scopeWords(review, directoryName)],
    ['Reviewers', reviewerWords(review)],
    ['State', review.state],
    ['Started by', review.startedBy?.name ?? ''],
    ['Started', review.startedAt ?? ''],
    ['Due', review.dueOn],
    ['Closed', review.closedAt ?? ''],
    ['Figures as of', review.asOf],
  ];
}

function figureRows(review: Review): Array<[string, string]> {
  const f = review.figures;
  return [
    ['Accounts reviewed', String(f.items)],
    ['Decided', `${f.decided} (${f.percentDecided}%)`],
    ['Keep', String(f.byDecision.keep)],
    ['Revoke', String(f.byDecision.revoke)],
    ['Change', String(f.byDecision.change)],
    ['Outstanding', String(f.outstanding)],
    ['Overdue', String(f.overdue)],
    ['Unassigned (went to the campaign’s starter)', String(f.unassigned)],
    ...f.byReviewer.map((r): [string, string] => [`Outstanding with ${r.reviewer.name}`, `${r.outstanding} of ${r.items}`]),
  ];
}

const ITEM_HEADINGS = ['Account', 'Directory', 'Owner', 'Kind', 'Privileged', 'Enabled', 'Last logon', 'Groups', 'Reviewer', 'How the reviewer was found', 'Decision', 'Reason', 'Decided by', 'Decided at'];
const itemRow = (i: ReviewItem): string[] => [
  i.account.name,
  i.account.directory.name,
  i.owner ? `${i.owner.name ?? ''} (${i.owner.employeeNumber})`.trim() : '',
  i.account.kind,
  i.account.privileged ? 'Yes' : 'No',
  i.account.enabled ? 'Yes' : 'No',
  i.account.lastLogonAt ?? 'Never',
  i.account.groups.join('; '),
  i.reviewer.name,
  VIA_WORDS[i.reviewerVia],
  i.decision ?? 'Not decided',
  i.reason ?? '',
  i.decidedBy?.name ?? '',
  i.decidedAt ?? '',
];

const ACTION_HEADINGS = ['Account', 'Directory', 'Decision', 'Reason', 'Owner', 'Due', 'State', 'Closed', 'Why closed'];
const actionRow = (a: ReviewAction): string[] => [a.account.name, a.account.directoryName, a.decision, a.reason, a.owner?.name ?? '', a.dueOn, a.state, a.closedAt ?? '', a.closedReason ?? ''];

const twoColumns = (rows: Array<[string, string]>): ExportTable => ({ columns: [{ header: 'Field', width: 40 }, { header: 'Value', width: 60 }], rows });

/** The evidence pack of a campaign as of the instant, for those who see every item. */
export async function exportReviewEvidence(db: Db, orgId: string, id: string, reader: Reader, format: EvidenceFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  if (!reader.seesAll) throw new Forbidden('The evidence pack holds every reviewer’s decisions: only campaign owners and auditors may take it.');
  const review = await getReview(db, orgId, id, reader, asOf);
  const { items } = await listItems(db, orgId, id, reader, { state: 'all' });
  const { items: actions } = await listActions(db, orgId, reader, { state: 'all', review: id });
  const directoryName = (await listDirectories(db, orgId)).find((d) => d.id === review.scope.directoryId)?.name ?? null;
  const fileName = `access-review-${review.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'campaign'}-${ukDateOf(asOf)}.${format}`;
  if (format === 'xlsx') {
    const bytes = await xlsxBuffer(
      [
        { name: 'Campaign', ...twoColumns(campaignRows(review, directoryName)), autoFilter: false },
        { name: 'Decisions', columns: ITEM_HEADINGS.map((header) => ({ header, width: header === 'Groups' || header === 'Reason' ? 50 : 22 })), rows: items.map(itemRow) },
        { name: 'Figures', ...twoColumns(figureRows(review)), autoFilter: false },
        { name: 'Actions', columns: ACTION_HEADINGS.map((header) => ({ header, width: header === 'Reason' || header === 'Why closed' ? 50 : 22 })), rows: actions.map(actionRow) },
      ],
      { created: asOf, identity },
    );
    return { fileName, mediaType: MEDIA_TYPES.xlsx, bytes };
  }
  const pair = [
    { header: 'Field', width: 0.4 },
    { header: 'Value', width: 0.6 },
  ];
  const bytes = await renderPdfReport({
    identity,
    title: 'Access review evidence',
    subtitle: review.name,
    generatedAt: asOf,
    meta: campaignRows(review, directoryName).slice(0, 4),
    sections: [
      { heading: 'Campaign', table: { columns: pair, rows: campaignRows(review, directoryName) } },
      { heading: 'Completion', table: { columns: pair, rows: figureRows(review) } },
      {
        heading: 'Decisions',
        ...(items.length ? {} : { paragraphs: ['The campaign has no items.'] }),
        table: {
          columns: [
            { header: 'Account', width: 0.16 },
            { header: 'Owner', width: 0.14 },
            { header: 'Reviewer', width: 0.14 },
            { header: 'Decision', width: 0.1 },
            { header: 'Reason', width: 0.28 },
            { header: 'Decided at', width: 0.18 },
          ],
          rows: items.map((i) => [`${i.account.name} (${i.account.directory.name})`, i.owner?.name ?? '', i.reviewer.name, i.decision ?? 'Not decided', i.reason ?? '', i.decidedAt ?? '']),
        },
      },
      {
        heading: 'Actions from revocations and changes',
        ...(actions.length
          ? { table: { columns: [{ header: 'Account', width: 0.2 }, { header: 'Decision', width: 0.12 }, { header: 'Due', width: 0.14 }, { header: 'State', width: 0.1 }, { header: 'Why closed', width: 0.44 }], rows: actions.map((a) => [a.account.name, a.decision, a.dueOn, a.state, a.closedReason ?? '']) } }
          : { paragraphs: [review.state === 'closed' ? 'No account was revoked or changed.' : 'Actions are made when the campaign closes.'] }),
      },
    ],
  });
  return { fileName, mediaType: MEDIA_TYPES.pdf, bytes: Buffer.from(bytes) };
}
