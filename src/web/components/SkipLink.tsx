// "Skip to main content": the first focusable thing on every page (WCAG 2.4.1).
import type { MouseEvent } from 'react';

export function SkipLink({ targetId = 'maincontent' }: { targetId?: string }) {
  // Move focus explicitly: a hash change alone would also be seen by the router.
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  return (
    <a className="nhsuk-skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
