// Planning an exercise: a scenario from the library (or a custom one) fills the objectives, injects
// and decision points with their target minutes, all editable; then the title, format, date,
// description and the people taking part, each in a role.
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { ApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type Scenario, useScenarios } from '../api/get-scenarios';
import { usePlanExercise } from '../api/plan-exercise';
import { EditableRows } from '../../../components/EditableRows';
import { exercisePage, exercisesPage } from '../components/links';
import { MANAGE_REFUSED } from '../components/permissions';
import { CUSTOM_PLAN, type DecisionPointRow, type InjectRow, type ParticipantRow, planBody, planFromScenario, type PlanValues } from '../components/plan-values';
import { ScenarioChoice } from '../components/ScenarioChoice';
import { FORMAT_LABELS, ROLE_LABELS } from '../components/words';

/** Each field the API or this page may name, with its control, in the order they are on the page. */
const FIELD_IDS = {
  title: 'exercise-title',
  format: 'exercise-format',
  plannedFor: 'exercise-date',
  description: 'exercise-description',
  objectives: 'exercise-objectives',
  injects: 'exercise-injects',
  decisionPoints: 'exercise-decision-points',
  participants: 'exercise-participants',
};

export function PlanExercisePage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const scenarios = useScenarios(orgId);
  const plan = usePlanExercise(orgId);
  const navigate = useNavigate();
  const [values, setValues] = useState<PlanValues>(CUSTOM_PLAN);
  const [local, setLocal] = useState<Error | null>(null);
  const formHeading = useRef<HTMLSpanElement>(null);
  const problems = formProblems(local ?? plan.error, FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Plan an exercise`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'exercise.manage')) return <NotAllowed reason={MANAGE_REFUSED} />;

  const set = <K extends keyof PlanValues>(field: K) => (value: PlanValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  function choose(scenario: Scenario | null) {
    setValues((current) => (scenario ? planFromScenario(scenario, current) : { ...CUSTOM_PLAN, title: current.title, plannedFor: current.plannedFor, format: current.format }));
    // The button pressed gives way to "Chosen": take the person to the plan it filled.
    formHeading.current?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    plan.reset();
    const { body, errors } = planBody(values);
    if (errors.length > 0) {
      setLocal(new ApiError({ status: 422, title: 'Some values need correcting', detail: errors[0]!.message, errors }));
      return;
    }
    setLocal(null);
    plan.mutate(body, { onSuccess: (exercise) => void navigate(exercisePage(orgId, exercise.id), { state: { notice: `${exercise.reference} has been planned.` } }) });
  }

  const byField = problems?.byField;
  const chosen = scenarios.data?.items.find((scenario) => scenario.id === values.scenarioId);
  return (
    <>
      <BackLink to={exercisesPage(orgId)}>Back to the exercises</BackLink>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Plan an exercise</PageHeading>
      <section aria-labelledby="scenarios">
        <Heading id="scenarios">Choose a scenario</Heading>
        <Paragraph>Each scenario comes with objectives, injects and decision points with target times, which you can change below.</Paragraph>
        {scenarios.isPending && <Loading>Loading the scenarios…</Loading>}
        {scenarios.isError && <SectionProblem error={scenarios.error} what="The scenario library" />}
        {scenarios.data && <ScenarioChoice scenarios={scenarios.data.items} chosen={values.scenarioId} onChoose={choose} />}
      </section>
      <GridRow>
        <GridColumn width="two-thirds">
          <form onSubmit={submit} noValidate aria-labelledby="plan">
            <Heading id="plan" spaceAbove>
              <span tabIndex={-1} ref={formHeading}>
                {chosen ? `The plan, from “${chosen.title}”` : 'The plan of a custom exercise'}
              </span>
            </Heading>
            <TextInput id={FIELD_IDS.title} label="Title" value={values.title} onChange={set('title')} error={byField?.title} />
            <Radios
              id={FIELD_IDS.format}
              legend="How is it run?"
              legendSize="s"
              value={values.format}
              onChange={(value) => set('format')(value as PlanValues['format'])}
              error={byField?.format}
              items={Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <TextInput id={FIELD_IDS.plannedFor} label="Date (optional)" type="date" value={values.plannedFor} onChange={set('plannedFor')} error={byField?.plannedFor} width={10} />
            <Textarea id={FIELD_IDS.description} label="Description (optional)" hint="The story the players are given at the start, and anything the facilitator should know." value={values.description} onChange={set('description')} error={byField?.description} rows={4} />
            <EditableRows<string>
              id={FIELD_IDS.objectives}
              legend="Objectives"
              hint="What the exercise should show about the plan and the people in it."
              error={byField?.objectives}
              noun={{ one: 'objective', article: 'an' }}
              rows={values.objectives}
              blank=""
              onChange={set('objectives')}
              renderRow={(objective, update, rowId, name) => <TextInput id={`${rowId}-text`} label={<VisuallyHidden>{name}</VisuallyHidden>} value={objective} onChange={update} />}
            />
            <EditableRows<InjectRow>
              id={FIELD_IDS.injects}
              legend="Injects"
              hint="What the facilitator tells the players, and at which minute of the exercise."
              error={byField?.injects}
              noun={{ one: 'inject', article: 'an' }}
              rows={values.injects}
              blank={{ atMinute: '', text: '' }}
              onChange={set('injects')}
              renderRow={(inject, update, rowId, name) => (
                <>
                  <TextInput id={`${rowId}-minute`} label={<>Minute<VisuallyHidden> of {name}</VisuallyHidden></>} value={inject.atMinute} onChange={(atMinute) => update({ ...inject, atMinute })} width={4} inputMode="numeric" />
                  <Textarea id={`${rowId}-text`} label={<>What the players are told<VisuallyHidden> in {name}</VisuallyHidden></>} value={inject.text} onChange={(text) => update({ ...inject, text })} rows={2} />
                </>
              )}
            />
            <EditableRows<DecisionPointRow>
              id={FIELD_IDS.decisionPoints}
              legend="Decision points"
              hint="The decisions the clock times, each with its target: minutes from the start."
              error={byField?.decisionPoints}
              noun={{ one: 'decision point', article: 'a' }}
              rows={values.decisionPoints}
              blank={{ key: '', label: '', targetMinutes: '' }}
              onChange={set('decisionPoints')}
              renderRow={(point, update, rowId, name) => (
                <>
                  <TextInput id={`${rowId}-label`} label={<>Decision<VisuallyHidden> of {name}</VisuallyHidden></>} value={point.label} onChange={(label) => update({ ...point, label })} />
                  <TextInput id={`${rowId}-target`} label={<>Target in minutes<VisuallyHidden> for {name}</VisuallyHidden></>} value={point.targetMinutes} onChange={(targetMinutes) => update({ ...point, targetMinutes })} width={4} inputMode="numeric" />
                </>
              )}
            />
            <EditableRows<ParticipantRow>
              id={FIELD_IDS.participants}
              legend="Participants (optional)"
              hint="Who takes part, in which role. A role left without a name is left out."
              error={byField?.participants}
              noun={{ one: 'participant', article: 'a' }}
              rows={values.participants}
              blank={{ name: '', role: 'observer' }}
              onChange={set('participants')}
              renderRow={(participant, update, rowId, name) => (
                <>
                  <Select
                    id={`${rowId}-role`}
                    label={<>Role<VisuallyHidden> of {name}</VisuallyHidden></>}
                    value={participant.role}
                    onChange={(role) => update({ ...participant, role })}
                    options={Object.entries(ROLE_LABELS).map(([value, text]) => ({ value, text }))}
                  />
                  <TextInput id={`${rowId}-name`} label={<>Name<VisuallyHidden> of {name}</VisuallyHidden></>} value={participant.name} onChange={(person) => update({ ...participant, name: person })} autoComplete="off" />
                </>
              )}
            />
            <ButtonGroup>
              <Button busy={plan.isPending}>Plan the exercise</Button>
              <Link to={exercisesPage(orgId)}>Cancel</Link>
            </ButtonGroup>
          </form>
        </GridColumn>
      </GridRow>
    </>
  );
}
