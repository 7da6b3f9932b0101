// What the DPIA covers: the organisation's live information assets and data flows as two groups of
// small checkboxes side by side, by name, so forty of each can be scanned down; one linked before and
// archived since stays listed, ticked and marked archived, until it is unticked.
import { SaveForm } from '../../../components/SaveForm';
import { Checkboxes, type CheckboxItem } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import type { LinksValues } from './dpia-step-values';

export const DPIA_LINK_FIELD_IDS = { assetIds: 'dpia-assets', flowIds: 'dpia-flows' };

/** A failed save as the form shows it: a refused asset or flow beside its group. */
export function dpiaLinksProblems(error: unknown): FormProblems | null {
  return formProblems(error, DPIA_LINK_FIELD_IDS);
}

export function DpiaLinksForm({
  values,
  onChange,
  problems,
  assets,
  flows,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: LinksValues;
  onChange: (values: LinksValues) => void;
  problems: FormProblems | null;
  assets: CheckboxItem[];
  flows: CheckboxItem[];
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const errors = problems?.byField;
  return (
    <SaveForm submitLabel="Save what it covers" busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      <GridRow>
        <GridColumn width="one-half">
          <Checkboxes
            id={DPIA_LINK_FIELD_IDS.assetIds}
            legend="Information assets"
            hint={assets.length ? 'Select all it covers.' : 'The organisation has no live information assets.'}
            small
            values={values.assetIds}
            onChange={(assetIds) => onChange({ ...values, assetIds })}
            error={errors?.assetIds}
            items={assets}
          />
        </GridColumn>
        <GridColumn width="one-half">
          <Checkboxes
            id={DPIA_LINK_FIELD_IDS.flowIds}
            legend="Data flows"
            hint={flows.length ? 'Select all it covers.' : 'The organisation has no live data flows.'}
            small
            values={values.flowIds}
            onChange={(flowIds) => onChange({ ...values, flowIds })}
            error={errors?.flowIds}
            items={flows}
          />
        </GridColumn>
      </GridRow>
    </SaveForm>
  );
}
