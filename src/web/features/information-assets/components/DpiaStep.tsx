// What every page of a DPIA's steps (its details, screening, risks, what it covers, the DPO's advice,
// the sign-off) has in common: the DPIA read and the permission checked before anything is shown; a
// form saved against the version read, moved onto a colleague's save, and back to the DPIA's page
// with a notice once saved; the top of the page, from the back link to what a colleague changed; and,
// for the DPO's advice and the sign-off, what someone who may only read the DPIA sees instead.
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import type { FieldError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import type { FormProblems } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { type DpiaDetail, staleDpiaOf, useDpia } from '../api/get-dpia';
import type { StaleSave } from '../api/stale-save';
import { DpiaAdviceGiven } from './DpiaAdviceGiven';
import { changedFacts, type Fact } from './facts';
import { dpiaPage } from './links';
import { RecordPage } from './RecordPage';
import { StaleSummary } from './StaleSummary';
import { TheirChanges } from './TheirChanges';
import { useChangeForm } from './use-change-form';

/** What a step's page is given once the DPIA is read and the person may see the step. */
export interface DpiaStep {
  organisation: Organisation;
  dpia: DpiaDetail;
  /** Reads the DPIA again (the page's own query), for a 409 that does not carry it. */
  refetch: () => Promise<{ data?: DpiaDetail | undefined }>;
}

/** The DPIA of the address, once read, for those with `permission`; `title` names the page until the step sets its own. */
export function DpiaStepPage({ title, permission, refusal, children }: { title: string; permission: string; refusal: string; children: (step: DpiaStep) => ReactNode }) {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the step sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, permission), dpia.isError ? problemHeading(dpia.error) : title, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={permission} refusal={refusal} record={dpia}>
      {(organisation, record) => children({ organisation, dpia: record, refetch: () => dpia.refetch() })}
    </RecordPage>
  );
}

/** A step's form against the version read; once saved, the DPIA's page with `notice`. */
export function useDpiaStepForm<Values extends object, Body>(
  { organisation, dpia, refetch }: DpiaStep,
  options: {
    save: UseMutationResult<DpiaDetail, Error, Body>;
    valuesOf: (dpia: DpiaDetail) => Values;
    changeBody: (read: Values, edited: Values, version: number) => { body: Body; errors: FieldError[] };
    notice: (saved: DpiaDetail, changed: boolean) => string;
  },
) {
  const navigate = useNavigate();
  const { save, valuesOf, changeBody, notice } = options;
  return useChangeForm({
    record: dpia,
    valuesOf,
    changeBody,
    save,
    staleOf: staleDpiaOf,
    refetch,
    onSaved: (saved, changed) => void navigate(dpiaPage(organisation.id, saved.id), { state: { notice: notice(saved, changed) } }),
  });
}

/** The form's state the top of a step's page shows: a colleague's save and what they changed, and the problems. */
export interface DpiaStepFormState<Field extends string> {
  stale: StaleSave<DpiaDetail> | null;
  theirs: DpiaDetail | null;
  problems: FormProblems | null;
  /** The facts compared to say what a colleague changed. */
  factsOf: (dpia: DpiaDetail) => Array<Fact<Field>>;
}

/**
 * The top of a step's page: back to the DPIA, the summaries of a colleague's save and of the problems,
 * the heading (captioned with the DPIA by default), a line about the step, the warning that a change
 * reopens a signed-off DPIA, and what a colleague changed. Without `form`, the step is only read.
 */
export function DpiaStepTop<Field extends string>({
  organisation,
  read,
  heading,
  caption,
  intro,
  reopens,
  form,
}: {
  organisation: Organisation;
  /** The DPIA as it was read (the form's, so a colleague's save does not change the heading under the person). */
  read: DpiaDetail;
  heading: string;
  caption?: string;
  intro?: ReactNode;
  /** The warning that a change here reopens the DPIA, given when it is signed off. */
  reopens?: string | null;
  form?: DpiaStepFormState<Field>;
}) {
  return (
    <>
      <BackLink to={dpiaPage(organisation.id, read.id)}>Back to {read.reference}</BackLink>
      {form && <StaleSummary stale={form.stale} what="DPIA" />}
      {form && <ProblemSummary problems={form.problems} />}
      <PageHeading caption={caption ?? `${read.reference}: ${read.title}`}>{heading}</PageHeading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {reopens && (
        <InsetText>
          <Paragraph noMargin>{reopens}</Paragraph>
        </InsetText>
      )}
      {form?.theirs && <TheirChanges who={form.stale?.changedBy ?? 'a colleague'} changes={changedFacts(form.factsOf(read), form.factsOf(form.theirs))} />}
    </>
  );
}

/** For those who may read the DPIA but not take the step (advice, sign-off): who takes it, and the DPO's advice as it stands. */
export function DpiaStepToRead({ organisation, dpia, heading, refusal, adviceHeading }: Omit<DpiaStep, 'refetch'> & { heading: string; refusal: string; adviceHeading: string }) {
  usePageTitle(heading, dpia.reference, organisation.name);
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop organisation={organisation} read={dpia} heading={heading} />
        <InsetText>
          <Paragraph noMargin>{refusal}</Paragraph>
        </InsetText>
        <DpiaAdviceGiven dpia={dpia} heading={adviceHeading} />
      </GridColumn>
    </GridRow>
  );
}
