// Starting a DPIA: its title, the processing it assesses and who answers for it. It begins at
// screening, on its own page.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import type { ApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { problemsBeforeSending } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useStartDpia } from '../api/start-dpia';
import { DpiaDetailsForm, dpiaDetailsProblems } from '../components/DpiaDetailsForm';
import { EMPTY_NEW_DPIA, newDpiaBodyOf } from '../components/dpia-values';
import { dpiaPage, dpiasPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';
import { usePeople } from '../components/use-people';

const TITLE = 'Start a DPIA';

export function NewDpiaPage() {
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ASSET_PERMISSIONS.manageDpias);
  // Once shown, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!allowed, TITLE, organisation.data?.name);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={MANAGE_DPIAS_REFUSED} />;
  return <NewDpia organisation={organisation.data} />;
}

function NewDpia({ organisation }: { organisation: Organisation }) {
  const orgId = organisation.id;
  const start = useStartDpia(orgId);
  const navigate = useNavigate();
  const people = usePeople(organisation);
  const [values, setValues] = useState(EMPTY_NEW_DPIA);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const problems = dpiaDetailsProblems(notSent ?? start.error);
  usePageTitle(`${problems ? 'Error: ' : ''}${TITLE}`, organisation.name);

  function submit() {
    start.reset();
    const { body, errors } = newDpiaBodyOf(values);
    if (errors.length > 0) {
      setNotSent(problemsBeforeSending(errors));
      return;
    }
    setNotSent(null);
    start.mutate(body, { onSuccess: (dpia) => void navigate(dpiaPage(orgId, dpia.id), { state: { notice: `${dpia.reference} has been started. Answer the screening questions next.` } }) });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiasPage(orgId)}>Back to the DPIAs</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>{TITLE}</PageHeading>
        <Paragraph>The DPIA is given a reference and starts with a few screening questions, which say whether a full assessment is needed.</Paragraph>
        <DpiaDetailsForm values={values} onChange={setValues} people={people} problems={problems} submitLabel="Start the DPIA" busy={start.isPending} cancelTo={dpiasPage(orgId)} onSubmit={submit} />
      </GridColumn>
    </GridRow>
  );
}
