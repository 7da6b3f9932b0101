import { describe, expect, it } from 'vitest';
import { dpiaListViewFromParams, paramsFromDpiaListView } from './dpia-list';

describe('the DPIAs list’s view in the address', () => {
  it('reads a known state and a day, and writes them back', () => {
    const view = dpiaListViewFromParams(new URLSearchParams('state=awaiting-dpo-advice&asOf= 2026-06-30 '));
    expect(view).toEqual({ state: 'awaiting-dpo-advice', asOf: '2026-06-30' });
    expect(paramsFromDpiaListView(view).toString()).toBe('state=awaiting-dpo-advice&asOf=2026-06-30');
  });

  it('drops a state it does not know, so an old link shows every DPIA', () => {
    expect(dpiaListViewFromParams(new URLSearchParams('state=approved&asOf='))).toEqual({});
    expect(paramsFromDpiaListView({}).toString()).toBe('');
  });
});
