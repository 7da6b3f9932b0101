// Choose the organisation to work in. A button confirms the choice: changing a select must not by
// itself take you somewhere else (WCAG 3.2.2).
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../components/Button';
import { Select } from '../components/Select';
import type { MyOrganisation } from '../lib/session';
import { VisuallyHidden } from '../components/Typography';

// Sections that exist in every organisation; other pages (a person, a form) belong to one org only.
const SECTIONS = new Set(['organisations', 'people', 'audit', 'settings']);

export function OrgSwitcher({
  organisations,
  currentOrgId,
  section,
}: {
  organisations: MyOrganisation[];
  currentOrgId: string;
  section: string | undefined;
}) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState(currentOrgId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const keep = section && SECTIONS.has(section) ? `/${section}` : '';
    void navigate(`/orgs/${encodeURIComponent(selected)}${keep}`);
  }

  return (
    <form className="app-org-switcher" onSubmit={submit} noValidate aria-label="Change organisation">
      <Select
        id="org-switcher"
        label="Organisation"
        options={organisations.map((organisation) => ({
          value: organisation.id,
          text: organisation.odsCode ? `${organisation.name} (${organisation.odsCode})` : organisation.name,
        }))}
        value={selected}
        onChange={setSelected}
      />
      <Button variant="secondary" small>
        Change<VisuallyHidden> organisation</VisuallyHidden>
      </Button>
    </form>
  );
}
