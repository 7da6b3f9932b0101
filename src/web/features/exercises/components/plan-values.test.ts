// Planning an exercise: the form filled from a scenario, and what is sent.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../contract/exercises';
import { CUSTOM_PLAN, keyFromLabel, planBody, planFromScenario, type PlanValues } from './plan-values';

const ransomware: Scenario = {
  id: 'ransomware',
  title: 'Ransomware on the clinical network',
  summary: 'Files encrypted across the clinical file servers.',
  objectives: ['Invoke the plan', 'Decide on isolation'],
  roles: ['facilitator', 'incident-lead'],
  injects: [{ atMinute: 0, text: 'The service desk reports files that will not open.' }],
  decisionPoints: [{ key: 'invoke-plan', label: 'Invoke the incident response plan', targetMinutes: 15 }],
  bottlenecksTested: ['escalation'],
};

describe('a plan filled from a scenario', () => {
  it('takes the scenario’s objectives, injects, decision points with targets and a row per role', () => {
    const plan = planFromScenario(ransomware, CUSTOM_PLAN);
    expect(plan.scenarioId).toBe('ransomware');
    expect(plan.title).toBe('Ransomware on the clinical network');
    expect(plan.objectives).toEqual(['Invoke the plan', 'Decide on isolation']);
    expect(plan.injects).toEqual([{ atMinute: '0', text: 'The service desk reports files that will not open.' }]);
    expect(plan.decisionPoints).toEqual([{ key: 'invoke-plan', label: 'Invoke the incident response plan', targetMinutes: '15' }]);
    expect(plan.participants).toEqual([
      { name: '', role: 'facilitator' },
      { name: '', role: 'incident-lead' },
    ]);
  });

  it('keeps a title already typed', () => {
    expect(planFromScenario(ransomware, { ...CUSTOM_PLAN, title: 'Winter exercise' }).title).toBe('Winter exercise');
  });
});

describe('keys for decision points added by hand', () => {
  it.each([
    ['words', 'Tell the SIRO', 'tell-the-siro'],
    ['punctuation and spaces', '  Call NHS England’s cyber desk! ', 'call-nhs-england-s-cyber-desk'],
    ['nothing usable', '—', 'decision'],
    ['a long label stops at 36 characters without a trailing dash', 'Decide whether to divert ambulances to the neighbouring trust', 'decide-whether-to-divert-ambulances'],
  ])('%s', (_, label, key) => expect(keyFromLabel(label)).toBe(key));
});

describe('the body sent', () => {
  const filled = (extra: Partial<PlanValues> = {}): PlanValues => ({ ...planFromScenario(ransomware, CUSTOM_PLAN), format: 'tabletop', ...extra });

  it('sends the rows as edited, leaving out blank rows and roles with nobody named', () => {
    const { body, errors } = planBody(
      filled({
        objectives: ['Invoke the plan', '  '],
        injects: [
          { atMinute: '0', text: 'Files will not open.' },
          { atMinute: '', text: '' },
        ],
        decisionPoints: [
          { key: 'invoke-plan', label: 'Invoke the plan', targetMinutes: '20' },
          { key: '', label: 'Tell the SIRO', targetMinutes: '45' },
        ],
        participants: [
          { name: 'Asha Rahman', role: 'facilitator' },
          { name: '', role: 'incident-lead' },
        ],
        plannedFor: '2027-01-14',
      }),
    );
    expect(errors).toEqual([]);
    expect(body).toEqual({
      title: 'Ransomware on the clinical network',
      scenarioId: 'ransomware',
      format: 'tabletop',
      description: null,
      plannedFor: '2027-01-14',
      objectives: ['Invoke the plan'],
      injects: [{ atMinute: 0, text: 'Files will not open.' }],
      decisionPoints: [
        { key: 'invoke-plan', label: 'Invoke the plan', targetMinutes: 20 },
        { key: 'tell-the-siro', label: 'Tell the SIRO', targetMinutes: 45 },
      ],
      participants: [{ name: 'Asha Rahman', role: 'facilitator' }],
    });
  });

  it('gives two decision points with the same words different keys', () => {
    const { body } = planBody(
      filled({
        decisionPoints: [
          { key: '', label: 'Tell the SIRO', targetMinutes: '10' },
          { key: '', label: 'Tell the SIRO', targetMinutes: '20' },
        ],
      }),
    );
    expect(body.decisionPoints?.map((point) => point.key)).toEqual(['tell-the-siro', 'tell-the-siro-2']);
  });

  it.each([
    ['no title', { title: ' ' }, [{ field: 'title', message: 'Enter a title for the exercise' }]],
    ['no format', { format: '' as const }, [{ field: 'format', message: 'Choose how the exercise is run' }]],
    ['a minute that is not a number', { injects: [{ atMinute: 'ten', text: 'Files will not open.' }] }, [{ field: 'injects', message: 'Enter the minute of inject 1 as a whole number, such as 15' }]],
    ['an inject with no words', { injects: [{ atMinute: '10', text: '' }] }, [{ field: 'injects', message: 'Say what inject 1 tells the players' }]],
    [
      'a decision point without a target',
      { decisionPoints: [{ key: '', label: 'Tell the SIRO', targetMinutes: '' }] },
      [{ field: 'decisionPoints', message: 'Enter the target for decision point 1 in whole minutes, such as 30' }],
    ],
    ['a target with no words', { decisionPoints: [{ key: '', label: '', targetMinutes: '30' }] }, [{ field: 'decisionPoints', message: 'Say what decision point 1 is' }]],
  ])('names the problem with %s', (_, extra, errors) => expect(planBody(filled(extra)).errors).toEqual(errors));
});
