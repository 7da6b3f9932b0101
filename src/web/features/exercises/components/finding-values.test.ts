// Recording a finding: what is sent, and what is refused before sending.
import { describe, expect, it } from 'vitest';
import { BLANK_ACTION, BLANK_FINDING, findingBody, type FindingValues } from './finding-values';

const filled = (extra: Partial<FindingValues> = {}): FindingValues => ({
  ...BLANK_FINDING,
  title: 'The SIRO could not be reached out of hours',
  bottleneck: 'escalation',
  severity: 'high',
  ...extra,
});

describe('the finding sent', () => {
  it('sends its actions, leaving out blank rows, and a blank detail or decision point as none', () => {
    const { body, errors } = findingBody(
      filled({
        actions: [{ title: 'Publish the on-call rota for the SIRO and deputies', ownerId: 'user-1', dueOn: '2027-02-01' }, BLANK_ACTION],
      }),
    );
    expect(errors).toEqual([]);
    expect(body).toEqual({
      title: 'The SIRO could not be reached out of hours',
      detail: null,
      bottleneck: 'escalation',
      severity: 'high',
      decisionPointId: null,
      actions: [{ title: 'Publish the on-call rota for the SIRO and deputies', ownerId: 'user-1', dueOn: '2027-02-01' }],
    });
  });

  it('names the decision point it concerns', () => {
    expect(findingBody(filled({ decisionPointId: 'dp-1' })).body?.decisionPointId).toBe('dp-1');
  });

  it.each([
    ['no title', { title: '  ' }, [{ field: 'title', message: 'Say in a few words what was found' }]],
    ['no bottleneck', { bottleneck: '' as const }, [{ field: 'bottleneck', message: 'Choose where the response was slowed or went wrong' }]],
    ['no severity', { severity: '' as const }, [{ field: 'severity', message: 'Choose how serious the finding is' }]],
    ['an action with a date but no words', { actions: [{ title: '', ownerId: '', dueOn: '2027-02-01' }] }, [{ field: 'actions', message: 'Say what is to be done in action 1' }]],
  ])('refuses %s before sending', (_, extra, errors) => {
    const result = findingBody(filled(extra));
    expect(result.body).toBeNull();
    expect(result.errors).toEqual(errors);
  });
});
