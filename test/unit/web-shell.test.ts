// The page the server sends before any script runs: under a service name of the deployment's own,
// its title and its note for browsers without JavaScript name that service, written safely as HTML.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedWebShell } from '../../src/platform/identity/web-shell.js';

// The web app's own page: what the build copies into dist/web with its scripts added.
const PAGE = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/web/index.html'), 'utf8');

describe('the web app’s page under the deployment’s service name', () => {
  it('names the service in the title and the note shown without JavaScript, and nowhere else changes', () => {
    const page = namedWebShell(PAGE, { serviceName: 'Cyber Workbench', organisationName: 'Northshire Hospitals NHS Foundation Trust' });
    expect(page).toContain('<title>Cyber Workbench</title>');
    expect(page).toContain('<p>Cyber Workbench needs JavaScript to run.');
    expect(page).not.toContain('Bulwark');
    expect(page?.replace('Cyber Workbench', 'Bulwark').replace('Cyber Workbench', 'Bulwark')).toBe(PAGE);
  });

  it('writes the name as text, so it cannot add markup, and a "$" in it is just a dollar sign', () => {
    const page = namedWebShell(PAGE, { serviceName: 'R&D <Cyber> "Hub" $& $1', organisationName: undefined });
    expect(page).toContain('<title>R&amp;D &lt;Cyber&gt; &quot;Hub&quot; $&amp; $1</title>');
    expect(page).toContain('<p>R&amp;D &lt;Cyber&gt; &quot;Hub&quot; $&amp; $1 needs JavaScript to run.');
  });

  it('leaves Bulwark’s own page to be served as built, compressed copies and all', () => {
    expect(namedWebShell(PAGE, { serviceName: 'Bulwark', organisationName: 'Northshire Care Ltd' })).toBeUndefined();
  });
});
