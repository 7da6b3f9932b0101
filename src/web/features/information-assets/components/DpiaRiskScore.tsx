// The score a likelihood and severity give, shown beside them while a risk is written, and said again
// to screen readers when a choice changes it.
import type { ReactNode } from 'react';
import type { RiskLikelihood, RiskSeverity } from '../../../../contract/dpias';
import { scoreWhileFilling } from './dpia-risk-values';
import { RiskScoreTag } from './DpiaTags';

export function DpiaRiskScore({ label, likelihood, severity }: { label: ReactNode; likelihood: RiskLikelihood | ''; severity: RiskSeverity | '' }) {
  const score = scoreWhileFilling(likelihood, severity);
  return (
    <p className="nhsuk-body-s" role="status">
      {label}:{' '}
      {score ? <RiskScoreTag score={score} /> : 'choose the likelihood and the severity to see it'}
    </p>
  );
}
