// Starting an assessment: the framework, the period it covers, a deadline, the CIS implementation
// groups in scope, and optionally an earlier assessment of the same framework to carry answers from.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type NewAssessment, useCreateAssessment } from '../api/create-assessment';
import { type AssessmentSummary, useAssessments } from '../api/get-assessments';
import { type CatalogueSummary, useCatalogues } from '../api/get-catalogues';
import { assessmentsPath, workspacePath } from '../components/links';

const FIELDS = {
  catalogue: 'catalogue',
  period: 'period',
  title: 'title',
  dueOn: 'due-on',
  implementationGroups: 'implementation-groups',
  fromAssessment: 'from-assessment',
};

export function NewAssessmentPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const catalogues = useCatalogues();
  const assessments = useAssessments(orgId);
  const allowed = can(organisation.data, 'assessment.manage');

  if (organisation.isPending || catalogues.isPending || assessments.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason="The organisation’s administrators, SIRO, IG lead, DPO and head of cyber security may start assessments." />;
  if (catalogues.isError) return <PageProblem error={catalogues.error} />;
  if (assessments.isError) return <PageProblem error={assessments.error} />;
  return (
    <NewAssessmentForm
      orgId={orgId}
      orgName={organisation.data.name}
      catalogues={catalogues.data.catalogues.filter((c) => c.assessableCount > 0)}
      earlier={assessments.data.assessments}
    />
  );
}

function NewAssessmentForm({ orgId, orgName, catalogues, earlier }: { orgId: string; orgName: string; catalogues: CatalogueSummary[]; earlier: AssessmentSummary[] }) {
  const create = useCreateAssessment(orgId);
  const navigate = useNavigate();
  const [catalogue, setCatalogue] = useState('');
  const [period, setPeriod] = useState('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [fromAssessment, setFromAssessment] = useState('');
  const problems = formProblems(create.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Start an assessment`, orgName);

  const chosen = catalogues.find((c) => c.ref === catalogue);
  // Answers carry forward between versions of one framework (DSPT 2024-25 to 2025-26), not across frameworks.
  const sameFramework = chosen ? earlier.filter((a) => a.catalogue.key === chosen.key) : [];

  function choose(ref: string) {
    setCatalogue(ref);
    setGroups([]);
    setFromAssessment('');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: NewAssessment = { catalogue, period: period.trim() };
    if (title.trim()) body.title = title.trim();
    if (dueOn) body.dueOn = dueOn;
    if (groups.length > 0) body.implementationGroups = groups;
    if (fromAssessment) body.fromAssessment = fromAssessment;
    create.mutate(body, { onSuccess: (started) => void navigate(workspacePath(orgId, started.id)) });
  }

  return (
    <>
      <BackLink to={assessmentsPath(orgId)}>Back to assessments</BackLink>
      <ProblemSummary problems={problems} />
      <PageHeading caption={orgName}>Start an assessment</PageHeading>
      <form onSubmit={submit} noValidate>
        <Select
          id={FIELDS.catalogue}
          label="Framework"
          value={catalogue}
          onChange={choose}
          error={problems?.byField.catalogue}
          options={[{ value: '', text: 'Choose a framework' }, ...catalogues.map((c) => ({ value: c.ref, text: c.shortName ?? `${c.name} ${c.version}` }))]}
        />
        <TextInput id={FIELDS.period} label="Period" hint="The year or period it covers, such as 2025-26" value={period} onChange={setPeriod} width={10} error={problems?.byField.period} autoComplete="off" />
        <TextInput id={FIELDS.title} label="Title (optional)" hint="Left empty, the framework and period make the title" value={title} onChange={setTitle} error={problems?.byField.title} autoComplete="off" />
        <TextInput id={FIELDS.dueOn} label="Deadline (optional)" hint="When it must be submitted" type="date" value={dueOn} onChange={setDueOn} error={problems?.byField.dueOn} />
        {chosen && chosen.implementationGroups.length > 0 && (
          <Checkboxes
            id={FIELDS.implementationGroups}
            legend="Implementation groups in scope"
            legendSize="s"
            hint="Only the safeguards of the groups you choose are assessed; choose none for all of them"
            items={chosen.implementationGroups.map((g) => ({ value: g.id, label: g.label }))}
            values={groups}
            onChange={setGroups}
            error={problems?.byField.implementationGroups}
          />
        )}
        {sameFramework.length > 0 && (
          <Select
            id={FIELDS.fromAssessment}
            label="Carry forward answers from (optional)"
            hint="Copies the levels, narratives, owners and evidence links of an earlier assessment as a starting point"
            value={fromAssessment}
            onChange={setFromAssessment}
            error={problems?.byField.fromAssessment}
            options={[{ value: '', text: 'Start with no answers' }, ...sameFramework.map((a) => ({ value: a.id, text: `${a.title} (${a.period})` }))]}
          />
        )}
        <ButtonGroup>
          <Button busy={create.isPending}>Start the assessment</Button>
          <Link to={assessmentsPath(orgId)}>Cancel</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
