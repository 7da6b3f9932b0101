// The answer to one outcome: its level (or not applicable, with the reason), the indicators of good
// practice and the level they imply, the CIS dimensions for a safeguard, the narrative, owner, due
// date and review state. "Save and go to next" is a second submit button, for working down the list.
import { type FormEvent, useRef } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { Fieldset } from '../../../components/Fieldset';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { Announce } from '../../../components/Status';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import type { FormProblems } from '../../../lib/form-problems';
import type { OutcomeDetail } from '../api/get-outcome';
import type { Workspace } from '../api/get-workspace';
import type { Verdict } from './indicator-verdict';
import type { ResponseValues } from './response-values';
import { levelLabel, NOT_APPLICABLE, REVIEW_STATES } from './words';

export const RESPONSE_FIELDS = {
  level: 'level',
  notApplicableReason: 'not-applicable-reason',
  indicatorAnswers: 'indicators',
  overrideReason: 'override-reason',
  dimensions: 'dimensions',
  narrative: 'narrative',
  ownerId: 'owner',
  dueOn: 'due-on',
  reviewState: 'review-state',
};

const INDICATOR_GROUPS = [
  { level: 'not-achieved', legend: 'Not achieved indicators' },
  { level: 'partially-achieved', legend: 'Partially achieved indicators' },
  { level: 'achieved', legend: 'Achieved indicators' },
] as const;

const ANSWERS = [
  { value: 'yes', label: 'Yes, true of us' },
  { value: 'no', label: 'No' },
  { value: 'not-applicable', label: 'Not applicable' },
];

export interface ResponseFormProps {
  detail: OutcomeDetail;
  values: ResponseValues;
  onChange: (values: ResponseValues) => void;
  verdict: Verdict | null;
  overrideNeeded: boolean;
  owners: Workspace['owners'];
  canAgree: boolean;
  problems: FormProblems | null;
  busy: boolean;
  /** `next` is true for "Save and go to next". */
  onSave: (next: boolean) => void;
}

export function ResponseForm({ detail, values, onChange, verdict, overrideNeeded, owners, canAgree, problems, busy, onSave }: ResponseFormProps) {
  const goNext = useRef(false);
  const set = <K extends keyof ResponseValues>(field: K) => (value: ResponseValues[K]) => onChange({ ...values, [field]: value });
  const error = (field: keyof typeof RESPONSE_FIELDS) => problems?.byField[field];
  const labels = detail.levels;
  const safeguard = detail.dimensionScales.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(goNext.current);
  }

  const overrideReason = (
    <Textarea
      id={RESPONSE_FIELDS.overrideReason}
      label="Why the level differs from what the indicators imply"
      hint="Say what the indicators do not capture, so a reviewer can follow the judgement"
      rows={3}
      value={values.overrideReason}
      onChange={set('overrideReason')}
      error={error('overrideReason')}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      {detail.indicators.length > 0 && (
        <Fieldset id={RESPONSE_FIELDS.indicatorAnswers} legend="Indicators of good practice" hint="Answer each: is it true of the organisation?" error={error('indicatorAnswers')}>
          {INDICATOR_GROUPS.map((group) => {
            const members = detail.indicators.filter((indicator) => indicator.level === group.level);
            if (members.length === 0) return null;
            return (
              <Fieldset key={group.level} id={`indicators-${group.level}`} legend={group.legend} legendSize="s">
                {members.map((indicator) => (
                  <Radios
                    key={indicator.ref}
                    id={`indicator-${indicator.ref}`}
                    name={`indicator-${indicator.ref}`}
                    legend={`${indicator.ref} ${indicator.title}`}
                    legendSize="s"
                    hint={indicator.statement ?? undefined}
                    items={ANSWERS}
                    value={values.indicatorAnswers[indicator.ref] ?? ''}
                    onChange={(answer) => onChange({ ...values, indicatorAnswers: { ...values.indicatorAnswers, [indicator.ref]: answer } })}
                  />
                ))}
              </Fieldset>
            );
          })}
          <Announce>
            {verdict && (
              <Paragraph>
                <strong>The indicators imply: {verdict.level ? levelLabel(labels, verdict.level) : 'no level yet'}</strong> — {verdict.because}
              </Paragraph>
            )}
          </Announce>
        </Fieldset>
      )}

      {safeguard ? (
        <Fieldset id={RESPONSE_FIELDS.dimensions} legend="How far the safeguard is in place" hint={`The level follows from these four answers. Now: ${levelLabel(labels, detail.response.level)}.`} error={error('dimensions')}>
          {detail.dimensionScales.map((scale) => (
            <Select
              key={scale.id}
              id={`dimension-${scale.id}`}
              label={scale.label}
              value={values.dimensions[scale.id] ?? ''}
              onChange={(step) => onChange({ ...values, dimensions: { ...values.dimensions, [scale.id]: step } })}
              options={[{ value: '', text: 'Not answered' }, ...scale.steps.map((text, index) => ({ value: String(index), text }))]}
            />
          ))}
        </Fieldset>
      ) : (
        <Radios
          id={RESPONSE_FIELDS.level}
          name="level"
          legend="Level"
          legendHeadingLevel={2}
          hint={detail.response.expected ? `The profile expects: ${levelLabel(labels, detail.response.expected)}` : undefined}
          error={error('level')}
          value={values.level}
          onChange={set('level')}
          items={[
            ...detail.response.levels.map((level) => ({
              value: level,
              label: levelLabel(labels, level),
              ...(overrideNeeded && level === values.level ? { conditional: overrideReason } : {}),
            })),
            {
              value: NOT_APPLICABLE,
              label: 'Not applicable',
              conditional: (
                <Textarea
                  id={RESPONSE_FIELDS.notApplicableReason}
                  label="Why it does not apply"
                  rows={3}
                  value={values.notApplicableReason}
                  onChange={set('notApplicableReason')}
                  error={error('notApplicableReason')}
                />
              ),
            },
          ]}
        />
      )}

      <Textarea
        id={RESPONSE_FIELDS.narrative}
        label="Narrative"
        labelSize="s"
        hint="How the organisation meets the outcome, and where the evidence is"
        rows={8}
        value={values.narrative}
        onChange={set('narrative')}
        error={error('narrative')}
      />
      <Select
        id={RESPONSE_FIELDS.ownerId}
        label="Owner"
        value={values.ownerId}
        onChange={set('ownerId')}
        error={error('ownerId')}
        options={[{ value: '', text: 'Unassigned' }, ...owners.map((owner) => ({ value: owner.id, text: owner.name }))]}
      />
      <TextInput id={RESPONSE_FIELDS.dueOn} label="Due date" type="date" value={values.dueOn} onChange={set('dueOn')} error={error('dueOn')} />
      <Radios
        id={RESPONSE_FIELDS.reviewState}
        name="reviewState"
        legend="Review state"
        legendSize="s"
        error={error('reviewState')}
        value={values.reviewState}
        onChange={(state) => set('reviewState')(state as ResponseValues['reviewState'])}
        items={Object.entries(REVIEW_STATES)
          // Only the leads may agree an answer; someone else still sees it when it is already agreed.
          .filter(([state]) => state !== 'agreed' || canAgree || detail.response.reviewState === 'agreed')
          .map(([value, label]) => ({ value, label }))}
      />
      <ButtonGroup>
        <Button busy={busy} onClick={() => (goNext.current = false)}>
          Save
        </Button>
        {detail.nextRef && (
          <Button variant="secondary" busy={busy} onClick={() => (goNext.current = true)}>
            Save and go to next
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
