// Incidents taken out of Bulwark: the register as CSV or XLSX (one row per incident, milestones in
// UTC and durations in hours), and the post-incident report of one incident as a PDF for the SIRO,
// the board or the ICO. Built from the same views the screens show.
import {
  CIA,
  DETECTION_SOURCE_LABELS,
  INCIDENT_KIND_LABELS,
  type IncidentDetail,
  MILESTONE_LABELS,
  MILESTONES,
  RECIPIENT_LABELS,
  ROOT_CAUSE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../../contract/incidents.js';
import type { Db } from '../../platform/db/database.js';
import { ukDateTime } from '../../platform/email/email-layout.js';
import { type ExportedFile, type ListFormat, MEDIA_TYPES, tableFile } from '../../platform/exports/exported-file.js';
import type { ExportTable } from '../../platform/exports/export-table.js';
import { renderPdfReport } from '../../platform/exports/pdf-report.js';
import { getOrganisation } from '../organisations/service.js';
import { clockInWords } from './domain/clock.js';
import { HARM_LABELS, LIKELIHOOD_LABELS } from './domain/reportability.js';
import { METRIC_SPANS } from './domain/metrics.js';
import { getIncident, listIncidents } from './incident-reading.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';

export { type ExportedFile, LIST_FORMATS, type ListFormat } from '../../platform/exports/exported-file.js';

const HOURS = 3_600_000;
const hoursBetween = (from: string | null, to: string | null) => (from && to ? Math.round(((Date.parse(to) - Date.parse(from)) / HOURS) * 100) / 100 : null);

export async function exportIncidents(db: Db, orgId: string, format: ListFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const { items } = await listIncidents(db, orgId, {}, asOf);
  const table: ExportTable = {
    columns: [
      { header: 'Reference', width: 14 },
      { header: 'Title', width: 40 },
      { header: 'Kind', width: 22 },
      { header: 'Severity', width: 10 },
      { header: 'Status', width: 14 },
      { header: 'CIA', width: 24 },
      { header: 'NIS', width: 6 },
      { header: 'Detected by', width: 22 },
      { header: 'Owner', width: 22 },
      ...MILESTONES.map((m) => ({ header: `${MILESTONE_LABELS[m]} (UTC)`, width: 22 })),
      { header: 'Occurred is an estimate', width: 10 },
      { header: 'Hours to detect', width: 10 },
      { header: 'Hours to contain', width: 10 },
      { header: 'Hours to recover', width: 10 },
      { header: 'Likelihood', width: 10 },
      { header: 'Severity of harm', width: 10 },
      { header: 'Reportable to the ICO', width: 10 },
      { header: 'ICO clock', width: 24 },
      { header: 'ICO notified (UTC)', width: 22 },
    ],
    rows: items.map((i) => [
      i.reference,
      i.title,
      INCIDENT_KIND_LABELS[i.kind],
      SEVERITY_LABELS[i.severity],
      STATUS_LABELS[i.status],
      CIA.filter((c) => i.cia.includes(c)).join(', '),
      i.nis ? 'Yes' : 'No',
      i.detectionSource ? DETECTION_SOURCE_LABELS[i.detectionSource] : '',
      i.ownerName ?? '',
      ...MILESTONES.map((m) => i.milestones[m] ?? ''),
      i.occurredEstimated ? 'Yes' : 'No',
      hoursBetween(i.milestones.occurred, i.milestones.detected),
      hoursBetween(i.milestones.detected, i.milestones.contained),
      hoursBetween(i.milestones.detected, i.milestones.recovered),
      i.reportability.likelihood,
      i.reportability.harm,
      i.reportability.ico === null ? 'Not graded' : i.reportability.ico ? 'Yes' : 'No',
      clockInWords(i.icoClock),
      i.icoClock.notifiedAt ?? '',
    ]),
  };
  return tableFile('incidents', 'Incidents', table, format, asOf, identity);
}

const when = (iso: string | null) => (iso ? ukDateTime(iso) : '');

function durationWords(hours: number | null): string {
  if (hours === null) return 'not recorded';
  if (hours < 72) return `${hours.toFixed(1)} hours`;
  return `${(hours / 24).toFixed(1)} days`;
}

function reportSections(i: IncidentDetail) {
  const measured = (['detect', 'acknowledge', 'triage', 'contain', 'recover', 'close'] as const).map((metric) => {
    const span = METRIC_SPANS[metric];
    const to = span.to === 'ico-notified' ? null : i.milestones[span.to];
    return [span.label, durationWords(hoursBetween(i.milestones[span.from], to))];
  });
  const clocks = [
    ['ICO, 72 hours', i.icoClock],
    ['NIS, 72 hours', i.nisClock],
    ['Senior management, 12 hours', i.seniorClock],
  ] as const;
  return [
    {
      heading: 'What happened',
      paragraphs: [
        i.description ?? 'No description was recorded.',
        `Detected by: ${i.detectionSource ? DETECTION_SOURCE_LABELS[i.detectionSource] : 'not recorded'}. Affected: ${i.cia.length ? i.cia.join(', ') : 'not recorded'}${i.nis ? '; a NIS incident' : ''}.`,
        ...(i.affectedAssets.length ? [`Systems and assets affected: ${i.affectedAssets.join('; ')}.`] : []),
        ...(i.dataSubjects.length || i.subjectsCount !== null || i.recordsCount !== null
          ? [`People affected: ${i.dataSubjects.join(', ') || 'categories not recorded'}${i.subjectsCount !== null ? `, ${i.subjectsCount} people` : ''}${i.recordsCount !== null ? `, ${i.recordsCount} records` : ''}.`]
          : []),
      ],
    },
    {
      heading: 'Reportability',
      paragraphs: [
        i.breachLikelihood !== null && i.breachHarm !== null
          ? `Likelihood ${i.breachLikelihood} (${LIKELIHOOD_LABELS[i.breachLikelihood - 1]}), severity of harm ${i.breachHarm} (${HARM_LABELS[i.breachHarm - 1]}).`
          : 'Not graded on the notification grid.',
        i.reportability.reason,
      ],
      table: { columns: [{ header: 'Deadline', width: 0.4 }, { header: 'Due', width: 0.3 }, { header: 'State', width: 0.3 }], rows: clocks.map(([label, clock]) => [label, when(clock.dueAt) || '—', clockInWords(clock)]) },
    },
    { heading: 'Response times', table: { columns: [{ header: 'Measure', width: 0.5 }, { header: 'Time taken', width: 0.5 }], rows: measured } },
    {
      heading: 'Timeline',
      table: {
        columns: [{ header: 'When (UK time)', width: 0.27 }, { header: 'Entry', width: 0.2 }, { header: 'Detail', width: 0.53 }],
        rows: i.timeline.map((e) => [
          e.at ? `${when(e.at)}${e.estimated ? ' (estimated)' : ''}` : 'withdrawn',
          (MILESTONE_LABELS as Record<string, string>)[e.kind] ?? e.kind[0]!.toUpperCase() + e.kind.slice(1),
          [e.text, e.evidenceTitle ? `Evidence: ${e.evidenceTitle}` : null, e.reason ? `Correction: ${e.reason}` : null, e.superseded ? 'Replaced by a later correction.' : null].filter(Boolean).join(' '),
        ]),
      },
    },
    {
      heading: 'Notifications made',
      ...(i.notifications.length
        ? { table: { columns: [{ header: 'To', width: 0.35 }, { header: 'When (UK time)', width: 0.35 }, { header: 'Reference', width: 0.3 }], rows: i.notifications.map((n) => [n.recipientName ? `${RECIPIENT_LABELS[n.recipient]}: ${n.recipientName}` : RECIPIENT_LABELS[n.recipient], when(n.sentAt), n.reference ?? '']) } }
        : { paragraphs: ['None recorded.'] }),
    },
    {
      heading: 'Lessons learned',
      paragraphs: [
        `Review ${i.review.heldOn ? `held on ${i.review.heldOn}` : 'not yet held'}. Root cause: ${i.review.rootCause ? ROOT_CAUSE_LABELS[i.review.rootCause] : 'not recorded'}.`,
        ...(i.review.summary ? [i.review.summary] : []),
        ...(i.review.wentWell ? [`What went well: ${i.review.wentWell}`] : []),
        ...(i.review.toImprove ? [`What to improve: ${i.review.toImprove}`] : []),
      ],
      ...(i.actions.length
        ? { table: { columns: [{ header: 'Action', width: 0.46 }, { header: 'Owner', width: 0.22 }, { header: 'Due', width: 0.16 }, { header: 'Done', width: 0.16 }], rows: i.actions.map((a) => [a.title, a.ownerName ?? '', a.dueOn ?? '', a.doneOn ?? (a.overdue ? 'overdue' : '')]) } }
        : {}),
    },
  ];
}

export async function incidentReport(db: Db, orgId: string, id: string, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const [incident, organisation] = await Promise.all([getIncident(db, orgId, id, asOf), getOrganisation(db, orgId)]);
  const bytes = await renderPdfReport({
    identity,
    title: `Post-incident report: ${incident.reference}`,
    subtitle: `${organisation.name}: ${incident.title}`,
    generatedAt: asOf,
    meta: [
      ['Kind', INCIDENT_KIND_LABELS[incident.kind]],
      ['Severity', SEVERITY_LABELS[incident.severity]],
      ['Status', STATUS_LABELS[incident.status]],
      ['Owner', incident.ownerName ?? 'not set'],
      ['Detected', when(incident.milestones.detected) || 'not recorded'],
    ],
    sections: reportSections(incident),
  });
  return { fileName: `${incident.reference}-post-incident-report.pdf`, mediaType: MEDIA_TYPES.pdf, bytes: Buffer.from(bytes) };
}
