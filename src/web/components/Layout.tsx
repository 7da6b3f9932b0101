// The page body between header and footer: the width container, anything that sits above the main
// content (an organisation switcher), and <main>, which the skip link targets.
import type { ReactNode } from 'react';

export function PageBody({ before, children }: { before?: ReactNode; children: ReactNode }) {
  return (
    <div className="nhsuk-width-container">
      {before}
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  );
}
