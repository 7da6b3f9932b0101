// The DPIA's risks, each a group of its own ("Risk 1", "Risk 2"…) added, removed and changed in place:
// what could happen to people, how likely and how severe before the measures, the measures, and how
// likely and severe after them, with the score each pair gives. The list is sent whole.
import { SaveForm } from '../../../components/SaveForm';
import { GridColumn, GridRow } from '../../../components/Content';
import { EditableRows } from '../../../components/EditableRows';
import { Select } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { VisuallyHidden } from '../../../components/Typography';
import { formProblems, type FormProblems, withFormFieldNames } from '../../../lib/form-problems';
import { DpiaRiskScore } from './DpiaRiskScore';
import { BLANK_RISK, RISK_PARTS, riskField, riskFieldOf, type RiskPart, type RisksValues, type RiskValues } from './dpia-risk-values';
import { RISK_LIKELIHOOD_LABELS, RISK_SEVERITY_LABELS } from './dpia-words';
import { entries } from './words';

const RISKS_ID = 'dpia-risks';
/** A row's control: EditableRows names the rows "dpia-risks-1", "dpia-risks-2"… */
const controlId = (field: string) => `dpia-${field}`;

/** Each field the API or this form may name, with its control, in page order: the list, then each risk's fields. */
export function dpiaRiskFieldIds(risks: number): Record<string, string> {
  const ids: Record<string, string> = { risks: RISKS_ID };
  for (let index = 0; index < risks; index += 1) for (const part of RISK_PARTS) ids[riskField(index, part)] = controlId(riskField(index, part));
  return ids;
}

/** A failed save as the form shows it: each problem beside its risk's field. */
export function dpiaRisksProblems(error: unknown, values: RisksValues): FormProblems | null {
  return formProblems(withFormFieldNames(error, riskFieldOf), dpiaRiskFieldIds(values.risks.length));
}

const optionsOf = (labels: Record<string, string>) => [{ value: '', text: 'Choose' }, ...entries(labels).map(([value, text]) => ({ value, text }))];

export function DpiaRisksForm({
  values,
  onChange,
  problems,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: RisksValues;
  onChange: (values: RisksValues) => void;
  problems: FormProblems | null;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const errors = problems?.byField;
  return (
    <SaveForm submitLabel="Save the risks" busy={busy} cancelTo={cancelTo} onSubmit={onSubmit}>
      <EditableRows<RiskValues>
        id={RISKS_ID}
        legend="Each risk, before and after its measures"
        hint="Each risk to the people whose data it is: what could happen, how likely and how severe it is before and after the measures taken to reduce it."
        error={errors?.risks}
        noun={{ one: 'risk', article: 'a' }}
        rows={values.risks}
        blank={BLANK_RISK}
        onChange={(risks) => onChange({ risks })}
        renderRow={(risk, update, rowId, name) => {
          const field = (part: RiskPart) => ({ id: `${rowId}-${part}`, error: errors?.[`${rowId.slice(controlId('').length)}-${part}`] });
          const set = (part: RiskPart) => (value: string) => update({ ...risk, [part]: value });
          const of = <VisuallyHidden> of {name}</VisuallyHidden>;
          return (
            <>
              <Textarea {...field('description')} label={<>Description{of}</>} hint="What could happen to people, and how: such as records seen by staff who do not need them." value={risk.description} onChange={set('description')} rows={3} />
              <GridRow>
                <GridColumn width="one-half">
                  <Select {...field('likelihood')} label={<>Likelihood before the measures{of}</>} value={risk.likelihood} onChange={set('likelihood')} options={optionsOf(RISK_LIKELIHOOD_LABELS)} />
                </GridColumn>
                <GridColumn width="one-half">
                  <Select {...field('severity')} label={<>Severity before the measures{of}</>} value={risk.severity} onChange={set('severity')} options={optionsOf(RISK_SEVERITY_LABELS)} />
                </GridColumn>
              </GridRow>
              <DpiaRiskScore label={<>Score before the measures{of}</>} likelihood={risk.likelihood} severity={risk.severity} />
              <Textarea {...field('measures')} label={<>Measures (optional){of}</>} hint="What will be done to reduce the risk." value={risk.measures} onChange={set('measures')} rows={3} />
              <GridRow>
                <GridColumn width="one-half">
                  <Select {...field('residualLikelihood')} label={<>Likelihood after the measures{of}</>} value={risk.residualLikelihood} onChange={set('residualLikelihood')} options={optionsOf(RISK_LIKELIHOOD_LABELS)} />
                </GridColumn>
                <GridColumn width="one-half">
                  <Select {...field('residualSeverity')} label={<>Severity after the measures{of}</>} value={risk.residualSeverity} onChange={set('residualSeverity')} options={optionsOf(RISK_SEVERITY_LABELS)} />
                </GridColumn>
              </GridRow>
              <DpiaRiskScore label={<>Score after the measures{of}</>} likelihood={risk.residualLikelihood} severity={risk.residualSeverity} />
            </>
          );
        }}
      />
    </SaveForm>
  );
}
