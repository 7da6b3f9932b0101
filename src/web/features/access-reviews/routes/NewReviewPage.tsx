// Setting up an access review: its name, scope (prefilled from a directory finding, ?finding=), who
// reviews (each owner's line manager, the Information Asset Owner of an asset chosen here, or one named
// person) and when it is due, saved as a draft; then the step that starts it, when the accounts in
// scope that day become its items. A scope with no accounts is refused and the campaign stays a draft.
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FINDING_KEYS, type FindingKey } from '../../../../contract/directory';
import type { ReviewerRule } from '../../../../contract/access-reviews';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { SaveForm } from '../../../components/SaveForm';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems, withFormFieldNames } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type Review, useAssetChoices, useCreateReview, useMembers, useStartReview } from '../api/reviews';
import { reviewPage, reviewsPage } from '../components/links';
import { MANAGE_REFUSED, REVIEW_PERMISSIONS } from '../components/permissions';
import { dayWords, FINDING_WORDS, reviewerWords, RULE_WORDS, scopeWords } from '../components/words';

// In page order, so the error summary lists problems as the fields come. The API names the asset
// scope.assetId; the form shows it under its rule, so it is the asset field's own problem here.
const FIELD_IDS = { name: 'review-name', scope: 'review-finding', reviewerRule: 'review-rule', assetId: 'review-asset', reviewerId: 'review-reviewer', dueOn: 'review-due' };
const RULES = ['line-manager', 'information-asset-owner', 'person'] as const satisfies ReviewerRule[];
const assetField = (field: string) => (field === 'scope.assetId' ? 'assetId' : undefined);

export function NewReviewPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [draft, setDraft] = useState<Review | null>(null);
  const allowed = can(organisation.data, REVIEW_PERMISSIONS.manage);
  usePageTitle(draft ? 'Start the review' : 'Set up an access review', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={MANAGE_REFUSED} />;
  return draft ? <StartStep orgId={orgId} draft={draft} caption={organisation.data.name} /> : <SetUpForm orgId={orgId} caption={organisation.data.name} onCreated={setDraft} />;
}

function SetUpForm({ orgId, caption, onCreated }: { orgId: string; caption: string; onCreated: (review: Review) => void }) {
  const [params] = useSearchParams();
  const fromFinding = FINDING_KEYS.find((key) => key === params.get('finding')) ?? null;
  const [name, setName] = useState(fromFinding ? `Review of ${FINDING_WORDS[fromFinding]}` : '');
  const [finding, setFinding] = useState<FindingKey | ''>(fromFinding ?? '');
  const [privileged, setPrivileged] = useState(false);
  const [group, setGroup] = useState('');
  const [rule, setRule] = useState<ReviewerRule>('line-manager');
  const [reviewerId, setReviewerId] = useState('');
  const [assetId, setAssetId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const members = useMembers(orgId, rule === 'person');
  const assets = useAssetChoices(orgId, rule === 'information-asset-owner');
  const create = useCreateReview(orgId);
  const problems = formProblems(withFormFieldNames(create.error, assetField), FIELD_IDS);

  function submit() {
    create.mutate(
      {
        name,
        scope: { directoryId: null, group: group.trim() || null, privileged, finding: finding || null, assetId: rule === 'information-asset-owner' ? assetId || null : null },
        reviewerRule: rule,
        reviewerId: rule === 'person' ? reviewerId || null : null,
        dueOn,
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={caption}>Set up an access review</PageHeading>
      <Paragraph>The review is saved as a draft first; you start it on the next step, when the accounts in scope that day become the items to decide.</Paragraph>
      <SaveForm submitLabel="Save as a draft" busy={create.isPending} cancelTo={reviewsPage(orgId)} onSubmit={submit}>
        <TextInput id={FIELD_IDS.name} label="Name" error={problems?.byField.name} value={name} onChange={setName} />
        <Select
          id={FIELD_IDS.scope}
          label="Accounts in a directory finding"
          hint="Only the accounts in this finding on the day the review starts."
          error={problems?.byField.scope}
          options={[{ value: '', text: 'Any account' }, ...FINDING_KEYS.filter((key) => key !== 'staff-without-account').map((key) => ({ value: key, text: capitalised(FINDING_WORDS[key]) }))]}
          value={finding}
          onChange={(value) => setFinding(FINDING_KEYS.find((key) => key === value) ?? '')}
        />
        <Checkboxes
          id="review-privileged"
          legend="Privileged accounts"
          legendSize="s"
          items={[{ value: 'privileged', label: 'Only privileged accounts' }]}
          values={privileged ? ['privileged'] : []}
          onChange={(values) => setPrivileged(values.includes('privileged'))}
        />
        <TextInput id="review-group" label="Group (optional)" hint="A group’s name or its distinguished name: only its members are reviewed." value={group} onChange={setGroup} />
        <Radios
          id={FIELD_IDS.reviewerRule}
          legend="Who reviews each account"
          error={problems?.byField.reviewerRule}
          items={RULES.map((value) => ({
            value,
            label: RULE_WORDS[value].text,
            hint: RULE_WORDS[value].hint,
            ...(value === 'information-asset-owner'
              ? {
                  conditional: (
                    <Select
                      id={FIELD_IDS.assetId}
                      label="Information asset"
                      hint="Its owner reviews every account in scope. To review only the accounts that reach it, give the group that grants access to it above."
                      error={problems?.byField.assetId}
                      options={[
                        { value: '', text: assets.isPending ? 'Loading…' : assets.isError ? 'The information assets could not be loaded' : assets.data.items.length ? 'Choose an asset' : 'There are no information assets yet' },
                        ...(assets.data?.items ?? []).map((asset) => ({ value: asset.id, text: `${asset.name} (${asset.owner ? `owner: ${asset.owner.name}` : 'no owner recorded'})` })),
                      ]}
                      value={assetId}
                      onChange={setAssetId}
                    />
                  ),
                }
              : {}),
            ...(value === 'person'
              ? {
                  conditional: (
                    <Select
                      id={FIELD_IDS.reviewerId}
                      label="Reviewer"
                      error={problems?.byField.reviewerId}
                      options={[{ value: '', text: members.isPending ? 'Loading…' : 'Choose a person' }, ...(members.data?.members ?? []).filter((member) => member.status === 'active').map((member) => ({ value: member.userId, text: member.name }))]}
                      value={reviewerId}
                      onChange={setReviewerId}
                    />
                  ),
                }
              : {}),
          }))}
          value={rule}
          onChange={(value) => setRule(RULES.find((known) => known === value) ?? 'line-manager')}
        />
        <TextInput id={FIELD_IDS.dueOn} type="date" label="Due date" hint="Outstanding items count as overdue from the day after." error={problems?.byField.dueOn} value={dueOn} onChange={setDueOn} />
      </SaveForm>
    </>
  );
}

function StartStep({ orgId, draft, caption }: { orgId: string; draft: Review; caption: string }) {
  const navigate = useNavigate();
  const start = useStartReview(orgId, draft.id);
  const problems = formProblems(start.error, {});
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={caption}>Start the review</PageHeading>
      <Paragraph>“{draft.name}” is saved as a draft. Starting it copies the accounts in scope today into the review, each with its reviewer.</Paragraph>
      <SummaryList
        rows={[
          { key: 'Scope', value: scopeWords(draft.scope) },
          { key: 'Who reviews', value: reviewerWords(draft) },
          { key: 'Due', value: dayWords(draft.dueOn) },
        ]}
      />
      <Heading>Start it now?</Heading>
      <ButtonGroup>
        <Button type="button" busy={start.isPending} onClick={() => start.mutate(draft.version, { onSuccess: (started) => void navigate(reviewPage(orgId, started.id)) })}>
          Start the review
        </Button>
        <Button type="button" variant="secondary" onClick={() => void navigate(reviewPage(orgId, draft.id))}>
          Leave it as a draft
        </Button>
      </ButtonGroup>
    </>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
