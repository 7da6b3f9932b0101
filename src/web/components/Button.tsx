// NHS.UK buttons: a real <button>, or a router link that looks like one (for "Add a person").
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { classNames } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'reverse';

function buttonClass(variant: ButtonVariant, small: boolean | undefined, className?: string) {
  return classNames('nhsuk-button', variant !== 'primary' && `nhsuk-button--${variant}`, small && 'nhsuk-button--small', className);
}

export interface ButtonProps {
  children: ReactNode;
  variant?: ButtonVariant;
  type?: 'submit' | 'button';
  onClick?: () => void;
  /** While a request is in flight: the button stays focusable but ignores presses. */
  busy?: boolean;
  small?: boolean;
  className?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ children, variant = 'primary', type = 'submit', onClick, busy = false, small, className, ref }: ButtonProps) {
  return (
    <button
      ref={ref}
      className={buttonClass(variant, small, className)}
      type={type}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        // aria-disabled rather than disabled, so focus is not lost mid-request; block double submits here.
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.();
      }}
    >
      {children}
    </button>
  );
}

export function ButtonLink({
  to,
  children,
  variant = 'primary',
  small,
}: {
  to: string;
  children: ReactNode;
  variant?: ButtonVariant;
  small?: boolean;
}) {
  return (
    <Link className={buttonClass(variant, small)} to={to} role="button" draggable={false}>
      {children}
    </Link>
  );
}

/** Buttons and links side by side, such as "Save" and "Cancel". */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="app-button-group">{children}</div>;
}

/** A button that looks like a link, for a quieter choice beside a form ("Use a recovery code instead"). */
export function LinkButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <button className="app-link-button" type="button" onClick={onClick}>
      {children}
    </button>
  );
}
