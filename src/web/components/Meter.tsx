// How far along something is, as a bar with its figure in words beside it: the bar alone would leave
// out anyone who cannot see it. A <progress> for work done, a <meter> for a measured share.
import { type ReactNode, useId } from 'react';

export function ProgressBar({ value, max, children }: { value: number; max: number; children: ReactNode }) {
  const textId = useId();
  return (
    <div className="app-bar">
      <progress className="app-bar__progress" value={value} max={Math.max(max, 1)} aria-labelledby={textId} />
      <span className="app-bar__text" id={textId}>
        {children}
      </span>
    </div>
  );
}

/** A share from 0 to 1 (CIS coverage, a mean score). */
export function ShareMeter({ share, children }: { share: number; children: ReactNode }) {
  const textId = useId();
  return (
    <div className="app-bar">
      <meter className="app-bar__meter" min={0} max={1} value={share} aria-labelledby={textId} />
      <span className="app-bar__text" id={textId}>
        {children}
      </span>
    </div>
  );
}
