// The scopes an API token may carry, grouped by capability: for each, "Read" or "Read and change"
// (the API's `<capability>:read` and `<capability>:write`; write includes read).
import { Checkboxes } from './Checkboxes';
import { Fieldset } from './Fieldset';

// Names people know the capabilities by; a capability added later shows its own name until it has one.
const CAPABILITY_LABELS: Record<string, string> = {
  audit: 'Audit trail',
  catalogue: 'Catalogues',
  me: 'Your account',
  member: 'People',
  organisation: 'Organisations',
  role: 'Roles',
};

export function capabilityLabel(capability: string): string {
  return CAPABILITY_LABELS[capability] ?? capability.charAt(0).toUpperCase() + capability.slice(1).replace(/-/g, ' ');
}

/** "People: read and change", for lists of a token's scopes. */
export function scopeLabel(scope: string): string {
  const [capability = scope, access] = scope.split(':');
  return `${capabilityLabel(capability)}: ${access === 'write' ? 'read and change' : 'read'}`;
}

export function ScopeCheckboxes({
  id,
  legend = 'What the token may do',
  legendSize = 'm',
  hint,
  available,
  values,
  onChange,
  error,
}: {
  id: string;
  legend?: string;
  legendSize?: 's' | 'm';
  hint?: string;
  /** Every scope the API offers (availableScopes). */
  available: string[];
  values: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}) {
  // SCIM provisioning has tokens of its own kind; a scope for it on any other token would do nothing.
  const offered = available.filter((scope) => !scope.startsWith('scim:'));
  const capabilities = [...new Set(offered.map((scope) => scope.split(':')[0] ?? scope))];
  return (
    <Fieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className="app-scope-grid">
        {capabilities.map((capability) => {
          const mine = offered.filter((scope) => scope.startsWith(`${capability}:`));
          return (
            <Checkboxes
              key={capability}
              id={`${id}-${capability}`}
              legend={capabilityLabel(capability)}
              legendSize="s"
              small
              inline
              items={mine.map((scope) => ({ value: scope, label: scope.endsWith(':write') ? 'Read and change' : 'Read' }))}
              values={values.filter((scope) => mine.includes(scope))}
              onChange={(chosen) => onChange([...values.filter((scope) => !mine.includes(scope)), ...chosen])}
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
