import { describe, expect, it } from 'vitest';
import { liveEvidenceHint } from './live-evidence-words';

describe('live evidence in words', () => {
  it.each([
    ['working', false, 'as of 30 June 2026 at 13:00. They follow the registers until the assessment is submitted.'],
    ['submitted', true, 'as they stood when this assessment was submitted, on 30 June 2026 at 13:00. They were kept with the submission and do not change.'],
    ['submitted', false, 'for 30 June 2026 at 13:00, when this assessment was submitted. It was submitted before figures were kept, so each record is shown as it is now.'],
    ['archived', false, 'for 30 June 2026 at 13:00, when this assessment was archived.'],
  ] as const)('%s (kept: %s) says when the figures are for, in UK time', (reason, kept, words) =>
    expect(liveEvidenceHint({ asOf: '2026-06-30T12:00:00.000Z', reason, kept })).toBe(`These figures come from Bulwark’s registers ${words}`),
  );
});
