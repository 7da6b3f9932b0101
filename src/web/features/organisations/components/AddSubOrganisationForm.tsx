// Add an organisation, site or department below the current one.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { formProblems } from '../../../lib/form-problems';
import type { Reference } from '../../../lib/reference';
import { type NewOrganisation, useCreateChild } from '../api/create-child';
import { Heading } from '../../../components/Typography';
import { OdsAndDsptFields } from './OdsAndDsptFields';

const FIELDS = { name: 'child-name', type: 'child-type', odsCode: 'child-ods-code', dsptCategory: 'child-dspt-category' };

export function AddSubOrganisationForm({ orgId, parentName, reference }: { orgId: string; parentName: string; reference: Reference }) {
  const create = useCreateChild(orgId);
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [odsCode, setOdsCode] = useState('');
  const [dsptCategory, setDsptCategory] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const problems = formProblems(create.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const input: NewOrganisation = { name: name.trim(), type };
    if (odsCode.trim()) input.odsCode = odsCode.trim();
    if (dsptCategory) input.dsptCategory = dsptCategory;
    create.mutate(input, {
      onSuccess: (organisation) => {
        setAdded(organisation.name);
        setName('');
        setType('');
        setOdsCode('');
        setDsptCategory('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-sub-organisation">
      <Heading id="add-sub-organisation" spaceAbove>
        Add a sub-organisation
      </Heading>
      {added && <SuccessBanner>{added} has been added below {parentName}.</SuccessBanner>}
      <ProblemSummary problems={problems} />
      <TextInput id={FIELDS.name} label="Name" value={name} onChange={setName} autoComplete="off" error={problems?.byField.name} />
      <Select
        id={FIELDS.type}
        label="Type"
        hint="Trusts sit under an integrated care system; sites and departments sit under the organisation that runs them."
        options={[{ value: '', text: 'Choose a type' }, ...reference.organisationTypes.map((item) => ({ value: item.id, text: item.label }))]}
        value={type}
        onChange={setType}
        error={problems?.byField.type}
      />
      <OdsAndDsptFields
        odsCode={{ id: FIELDS.odsCode, value: odsCode, onChange: setOdsCode, error: problems?.byField.odsCode }}
        dsptCategory={{ id: FIELDS.dsptCategory, value: dsptCategory, onChange: setDsptCategory, error: problems?.byField.dsptCategory }}
        reference={reference}
        odsHint="The Organisation Data Service code, such as RXX for a trust or RXX01 for a site."
        dsptHint="Category 1 organisations use the CAF-aligned Data Security and Protection Toolkit."
      />
      <Button busy={create.isPending}>Add sub-organisation</Button>
    </form>
  );
}
