// One DPIA: where it stands and what comes next, its risk flags, its details, the screening answers
// and what they say, the risks before and after the measures, the assets and data flows it covers,
// the DPO's advice and the sign-off. Each part links to the step that changes it, for those whose role
// allows that step, where the DPIA is ready for it; otherwise it says what is still needed.
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { InsetText, SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import type { DpiaLink, DpiaRisk } from '../../../../contract/dpias';
import { type DpiaDetail, useDpia } from '../api/get-dpia';
import { nextStep, stepOpening } from '../components/dpia-steps';
import { dpiaDetailsFacts } from '../components/dpia-values';
import { dpiaName, RISK_LIKELIHOOD_LABELS, RISK_SEVERITY_LABELS, SCREENING_OUTCOME_WORDS, SIGN_OFF_OUTCOME_LABELS } from '../components/dpia-words';
import { DpiaStateTag, RiskScoreTag } from '../components/DpiaTags';
import { FlagsTable } from '../components/FlagsTable';
import { assetPage, type DpiaStep, dpiaStepPage, dpiasPage, flowPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_DPIAS_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';

export function DpiaPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  usePageTitle(dpia.isError ? problemHeading(dpia.error) : dpia.data && dpiaName(dpia.data), organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.readDpias} refusal={READ_DPIAS_REFUSED} record={dpia}>
      {(organisation, dpia) => <Dpia organisation={organisation} dpia={dpia} />}
    </RecordPage>
  );
}

/** The role each step needs. */
const STEP_PERMISSIONS: Record<DpiaStep, string> = {
  change: ASSET_PERMISSIONS.manageDpias,
  screening: ASSET_PERMISSIONS.manageDpias,
  risks: ASSET_PERMISSIONS.manageDpias,
  links: ASSET_PERMISSIONS.manageDpias,
  advice: ASSET_PERMISSIONS.adviseDpias,
  'sign-off': ASSET_PERMISSIONS.signOffDpias,
};

const MULTI_LINE = new Set(['description', 'necessity', 'consultation']);

function Dpia({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const next = nextStep(dpia);

  /** The link to a step, for those whose role allows it: or, where the DPIA is not ready for it, what is still needed. */
  function stepLink(step: DpiaStep, words: string): ReactNode {
    if (!can(organisation, STEP_PERMISSIONS[step])) return null;
    const opening = stepOpening(dpia, step);
    return <Paragraph>{opening.open ? <Link to={dpiaStepPage(orgId, dpia.id, step)}>{words}</Link> : opening.needs}</Paragraph>;
  }

  const details = dpiaDetailsFacts(dpia)
    .filter((fact) => fact.field !== 'title')
    .map((fact) => ({ key: fact.key, value: MULTI_LINE.has(fact.field) ? <span className="app-preserve-lines">{fact.text}</span> : fact.text }));
  const answered = dpia.screening.answers.some((entry) => entry.answer !== null);

  return (
    <>
      <BackLink to={dpiasPage(orgId)}>Back to the DPIAs</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={`Data protection impact assessment in ${organisation.name}`}>{dpiaName(dpia)}</PageHeading>
      <Paragraph>
        Where it stands: <DpiaStateTag state={dpia.state} />
      </Paragraph>
      {next && (
        <InsetText>
          <Paragraph noMargin>Next: {next.words}</Paragraph>
        </InsetText>
      )}

      <Section id="dpia-flags" heading="Risk flags">
        {dpia.flags.length === 0 ? (
          <Paragraph>None today.</Paragraph>
        ) : (
          <FlagsTable orgId={orgId} flags={dpia.flags} caption={`Risk flags of ${dpia.reference} today`} captionHidden manage={can(organisation, ASSET_PERMISSIONS.manageAssets)} />
        )}
      </Section>

      <Section id="dpia-details" heading="Details">
        <SummaryList rows={[...details, { key: 'Last changed', value: `${formatDateTime(dpia.updatedAt)}${dpia.updatedBy ? ` by ${dpia.updatedBy.name}` : ''}` }]} />
        {stepLink('change', 'Change the details')}
      </Section>

      <Section id="dpia-screening" heading="Screening">
        <SummaryList
          rows={[
            ...dpia.screening.answers.map((entry) => ({ key: entry.label, value: entry.answer === null ? 'Not answered' : entry.answer ? 'Yes' : 'No' })),
            ...(dpia.screening.notRequiredReason ? [{ key: 'Why no DPIA is needed', value: <span className="app-preserve-lines">{dpia.screening.notRequiredReason}</span> }] : []),
            { key: 'Outcome', value: SCREENING_OUTCOME_WORDS[dpia.screening.outcome] },
          ]}
        />
        {stepLink('screening', answered ? 'Change the screening answers' : 'Answer the screening questions')}
      </Section>

      <Section id="dpia-risks" heading="Risks">
        {dpia.risks.length === 0 ? <Paragraph>No risks recorded yet.</Paragraph> : <RisksTable risks={dpia.risks} caption={`Risks assessed in ${dpia.reference}`} />}
        {stepLink('risks', dpia.risks.length === 0 ? 'Assess the risks' : 'Change the risks')}
      </Section>

      <Section id="dpia-covers" heading="What it covers">
        <Covered heading="Information assets" none="No information assets." links={dpia.assets} page={(id) => assetPage(orgId, id)} />
        <Covered heading="Data flows" none="No data flows." links={dpia.flows} page={(id) => flowPage(orgId, id)} />
        {stepLink('links', 'Change what it covers')}
      </Section>

      <Section id="dpia-advice" heading="DPO’s advice">
        {dpia.dpoAdvice ? (
          <>
            {dpia.dpoAdvice.onEarlierVersion && (
              <InsetText>
                <Paragraph noMargin>This advice was given on an earlier version of the assessment, which has changed since.</Paragraph>
              </InsetText>
            )}
            <SummaryList
              rows={[
                { key: 'Advice', value: <span className="app-preserve-lines">{dpia.dpoAdvice.advice}</span> },
                { key: 'Given by', value: dpia.dpoAdvice.by?.name ?? 'Not recorded' },
                { key: 'Given on', value: formatDateTime(dpia.dpoAdvice.at) },
              ]}
            />
          </>
        ) : (
          <Paragraph>Not given yet.</Paragraph>
        )}
        {stepLink('advice', dpia.dpoAdvice ? 'Give the DPO’s advice again' : 'Give the DPO’s advice')}
      </Section>

      <Section id="dpia-sign-off" heading="Sign-off">
        {dpia.signOff ? (
          <SummaryList
            rows={[
              { key: 'Outcome', value: SIGN_OFF_OUTCOME_LABELS[dpia.signOff.outcome] },
              ...(dpia.signOff.conditions ? [{ key: 'Conditions', value: <span className="app-preserve-lines">{dpia.signOff.conditions}</span> }] : []),
              { key: 'Signed off by', value: dpia.signOff.by?.name ?? 'Not recorded' },
              { key: 'Signed off on', value: formatDateTime(dpia.signOff.at) },
            ]}
          />
        ) : (
          <Paragraph>Not signed off.</Paragraph>
        )}
        {stepLink('sign-off', 'Sign off the DPIA')}
      </Section>
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading id={id} spaceAbove>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

const chance = (likelihood: DpiaRisk['likelihood'], severity: DpiaRisk['severity']) => `${RISK_LIKELIHOOD_LABELS[likelihood]} × ${RISK_SEVERITY_LABELS[severity].toLowerCase()}`;

function RisksTable({ risks, caption }: { risks: DpiaRisk[]; caption: string }) {
  return (
    <Table<DpiaRisk>
      caption={caption}
      captionHidden
      rows={risks}
      // Risks have no id of their own in the answer: their place and words tell them apart.
      rowKey={(risk) => `${risks.indexOf(risk)}:${risk.description}`}
      columns={[
        { header: 'Risk to people', rowHeader: true, width: 'one-quarter', cell: (risk) => <span className="app-preserve-lines">{risk.description}</span> },
        { header: 'Likelihood × severity', cell: (risk) => chance(risk.likelihood, risk.severity) },
        { header: 'Score', cell: (risk) => <RiskScoreTag score={risk.score} /> },
        { header: 'Measures', width: 'one-quarter', cell: (risk) => (risk.measures ? <span className="app-preserve-lines">{risk.measures}</span> : 'None recorded') },
        { header: 'After the measures', cell: (risk) => chance(risk.residualLikelihood, risk.residualSeverity) },
        { header: 'Residual score', cell: (risk) => <RiskScoreTag score={risk.residualScore} /> },
      ]}
    />
  );
}

function Covered({ heading, none, links, page }: { heading: string; none: string; links: DpiaLink[]; page: (id: string) => string }) {
  return (
    <>
      <Heading level={3}>{heading}</Heading>
      {links.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <BulletList label={heading}>
          {links.map((link) => (
            <li key={link.id}>
              <Link to={page(link.id)}>{link.name}</Link>
              {link.archived && ' (archived)'}
            </li>
          ))}
        </BulletList>
      )}
    </>
  );
}
