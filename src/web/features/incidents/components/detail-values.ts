// The incident's details as a form holds them (text, as typed) and as the API takes them. The same
// fields are filled in when an incident is recorded and when its details are edited.
import type { FieldError } from '../../../lib/api-client';
import type { CiaCategory, DetectionSource, IncidentChangeBody, IncidentDetail, IncidentKind, Severity } from '../../../../contract/incidents';

export interface DetailValues {
  title: string;
  kind: IncidentKind | '';
  severity: Severity | '';
  cia: CiaCategory[];
  nis: 'yes' | 'no';
  detectionSource: DetectionSource | '';
  description: string;
  ownerId: string;
  /** '' (not graded yet) or '1' to '5'. */
  breachLikelihood: string;
  breachHarm: string;
  recordsCount: string;
  subjectsCount: string;
  /** Groups of people affected, separated by commas. */
  dataSubjects: string;
}

export const EMPTY_DETAILS: DetailValues = {
  title: '',
  kind: '',
  severity: '',
  cia: [],
  nis: 'no',
  detectionSource: '',
  description: '',
  ownerId: '',
  breachLikelihood: '',
  breachHarm: '',
  recordsCount: '',
  subjectsCount: '',
  dataSubjects: '',
};

export function detailsOf(incident: IncidentDetail): DetailValues {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    title: incident.title,
    kind: incident.kind,
    severity: incident.severity,
    cia: incident.cia,
    nis: incident.nis ? 'yes' : 'no',
    detectionSource: incident.detectionSource ?? '',
    description: incident.description ?? '',
    ownerId: incident.ownerId ?? '',
    breachLikelihood: text(incident.breachLikelihood),
    breachHarm: text(incident.breachHarm),
    recordsCount: text(incident.recordsCount),
    subjectsCount: text(incident.subjectsCount),
    dataSubjects: incident.dataSubjects.join(', '),
  };
}

export type DetailsBody = Required<Omit<IncidentChangeBody, 'version' | 'affectedAssets' | 'alertRefs'>>;

/** "1,200" or " 1200 " as a whole number; null when empty; undefined when it is not a whole number. */
export function countOf(text: string): number | null | undefined {
  const compact = text.replace(/[\s,]/g, '');
  if (compact === '') return null;
  return /^\d{1,13}$/.test(compact) ? Number(compact) : undefined;
}

/** The body fields for the API, and the problems that stop it being sent (send it only when there are none). Blank optional fields are null. */
export function detailsBody(values: DetailValues): { body: DetailsBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (values.title.trim() === '') errors.push({ field: 'title', message: 'Enter a title that says what happened' });
  if (values.kind === '') errors.push({ field: 'kind', message: 'Choose the kind of incident' });
  if (values.severity === '') errors.push({ field: 'severity', message: 'Choose the severity' });
  const recordsCount = countOf(values.recordsCount);
  if (recordsCount === undefined) errors.push({ field: 'recordsCount', message: 'Enter the number of records as a whole number, like 1200' });
  const subjectsCount = countOf(values.subjectsCount);
  if (subjectsCount === undefined) errors.push({ field: 'subjectsCount', message: 'Enter the number of people as a whole number, like 350' });
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const score = (text: string) => (text === '' ? null : Number(text));
  return {
    errors,
    body: {
      title: values.title.trim(),
      kind: values.kind || 'cyber',
      severity: values.severity || 'low',
      cia: values.cia,
      nis: values.nis === 'yes',
      detectionSource: values.detectionSource || null,
      description: blankToNull(values.description),
      ownerId: values.ownerId || null,
      breachLikelihood: score(values.breachLikelihood),
      breachHarm: score(values.breachHarm),
      recordsCount: recordsCount ?? null,
      subjectsCount: subjectsCount ?? null,
      dataSubjects: values.dataSubjects
        .split(',')
        .map((group) => group.trim())
        .filter(Boolean),
    },
  };
}
