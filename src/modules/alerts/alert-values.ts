// The words alert exports use for severity, status and classification, read into ours: Sentinel
// writes `FalsePositive` and `Active`, Splunk ES `False Positive - Incorrect Analytic Logic` and
// `In Progress`, people write `FP`. Anything else is refused by name rather than guessed.
import { ALERT_SEVERITIES, ALERT_STATUSES, type AlertSeverity, type AlertStatus, CLASSIFICATIONS, type Classification } from '../../contract/alerts.js';

/** Lower case with spaces, hyphens and underscores dropped: "True Positive", "TruePositive", "true-positive" → truepositive. */
const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

const SEVERITY_WORDS: Record<string, AlertSeverity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  informational: 'informational',
  info: 'informational',
  information: 'informational',
};

const STATUS_WORDS: Record<string, AlertStatus> = {
  new: 'new',
  unassigned: 'new',
  open: 'new',
  active: 'active',
  inprogress: 'active',
  pending: 'active',
  assigned: 'active',
  investigating: 'active',
  closed: 'closed',
  resolved: 'closed',
  dismissed: 'closed',
};

const CLASSIFICATION_WORDS: Record<string, Classification> = {
  truepositive: 'true-positive',
  tp: 'true-positive',
  benignpositive: 'benign-positive',
  bp: 'benign-positive',
  benign: 'benign-positive',
  falsepositive: 'false-positive',
  fp: 'false-positive',
  undetermined: 'undetermined',
  other: 'undetermined',
};

const SEVERITY_INDEX = new Map(ALERT_SEVERITIES.map((s, i) => [s, i]));
const STATUS_INDEX = new Map(ALERT_STATUSES.map((s, i) => [s, i]));
const CLASSIFICATION_INDEX = new Map(CLASSIFICATIONS.map((c, i) => [c, i]));

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Splunk's urgency may carry a prefix ("urgency:high"); Sentinel writes High. Index into ALERT_SEVERITIES. */
export function readSeverity(text: string): Reading<number> {
  const word = SEVERITY_WORDS[squash(text.replace(/^urgency:/i, ''))];
  if (!word) return { ok: false, reason: 'is not a severity: use Critical, High, Medium, Low or Informational' };
  return { ok: true, value: SEVERITY_INDEX.get(word)! };
}

/** Index into ALERT_STATUSES. */
export function readStatus(text: string): Reading<number> {
  const word = STATUS_WORDS[squash(text)];
  if (!word) return { ok: false, reason: 'is not a status: use New, Active (or In progress) or Closed (or Resolved)' };
  return { ok: true, value: STATUS_INDEX.get(word)! };
}

/**
 * Index into CLASSIFICATIONS, or null when blank. Splunk ES writes its disposition as a label with
 * a reason after a dash ("False Positive - Inaccurate Data") or as `disposition:3`.
 */
export function readClassification(text: string): Reading<number | null> {
  if (text === '' || /^unknown$/i.test(text) || /^disposition:(0|6)$/i.test(text)) return { ok: true, value: null };
  const numbered = /^disposition:([1-5])$/i.exec(text);
  if (numbered) {
    // Splunk ES: 1 true positive, 2 benign positive, 3 false positive, 4 false positive (data), 5 other.
    const byNumber: Classification[] = ['true-positive', 'benign-positive', 'false-positive', 'false-positive', 'undetermined'];
    return { ok: true, value: CLASSIFICATION_INDEX.get(byNumber[Number(numbered[1]) - 1]!)! };
  }
  const head = text.split(/\s+-\s+/)[0]!;
  const word = CLASSIFICATION_WORDS[squash(head)];
  if (!word) return { ok: false, reason: 'is not a classification: use True positive, Benign positive, False positive or Undetermined (or leave it blank)' };
  return { ok: true, value: CLASSIFICATION_INDEX.get(word)! };
}

/**
 * The analyst an alert is assigned to. Sentinel writes the owner as JSON ({"assignedTo": …, "email":
 * …}); an unassigned owner is all nulls. Anything else is the name as written.
 */
export function readOwner(text: string): string | null {
  if (text === '' || /^unassigned$/i.test(text)) return null;
  if (text.startsWith('{')) {
    // Sentinel's own shape, read without parsing: {"objectId":…,"email":"a@b","assignedTo":…}.
    const quick = /^\{"objectId":(?:null|"[^"]*"),"email":(null|"[^"\\]*"),"assignedTo":(null|"[^"\\]*"),"userPrincipalName":(null|"[^"\\]*")\}$/.exec(text);
    if (quick) {
      const named = [quick[1], quick[3], quick[2]].find((v) => v !== 'null' && v !== '""');
      return named === undefined ? null : ownerName(named.slice(1, -1));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return text;
    }
    if (!parsed || typeof parsed !== 'object') return null;
    const owner = parsed as Record<string, unknown>;
    for (const key of ['email', 'userPrincipalName', 'assignedTo']) {
      const value = owner[key];
      if (typeof value === 'string' && value.trim() !== '') return ownerName(value.trim());
    }
    return null;
  }
  return ownerName(text);
}

/** An email address in lower case (Entra is not consistent about case); a name as written. */
function ownerName(text: string): string {
  return text.includes('@') ? text.toLowerCase() : text;
}

/**
 * A reader that remembers its answers for the texts it has seen. An export of a million alerts uses a
 * few dozen severities, classifications and owners, each written the same way every time: reading
 * each once, not a million times, is a tenth of the time an import spends checking rows. Answers are
 * shared, so they are never changed; the memory is emptied when it holds `limit` texts.
 */
export function remembering<T>(read: (text: string) => T, limit = 1024): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined && !known.has(text)) {
      answer = read(text);
      if (known.size >= limit) known.clear();
      known.set(text, answer);
    }
    return answer as T;
  };
}
