// An action a person should not take by a slip (archiving, removing) in two steps: a quiet button
// that asks, then a warning button that does it beside one that leaves things as they are.
import { type ReactNode, useState } from 'react';
import { Button, ButtonGroup } from './Button';

export function ConfirmStep({ ask, confirm, keep = 'Keep it', busy, onConfirm }: { ask: ReactNode; confirm: ReactNode; keep?: ReactNode; busy: boolean; onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <ButtonGroup>
      <Button variant="warning" type="button" busy={busy} onClick={onConfirm}>
        {confirm}
      </Button>
      <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
        {keep}
      </Button>
    </ButtonGroup>
  ) : (
    <Button variant="secondary" type="button" onClick={() => setConfirming(true)}>
      {ask}
    </Button>
  );
}
