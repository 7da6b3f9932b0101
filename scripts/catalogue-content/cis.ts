// CIS Critical Security Controls v8.1 as facts only: control numbers and names, and for each safeguard its
// identifier, asset type, security function and lowest Implementation Group. No CIS text: the Controls are
// licensed CC BY-NC-ND 4.0, so safeguard titles and descriptions are imported by each installation itself.
import type { CatalogueDocument, CatalogueNode } from '../../src/modules/catalogues/domain/catalogue-format.js';

export const CIS_CONTROLS: Array<[string, string]> = [
  ['1', 'Inventory and Control of Enterprise Assets'],
  ['2', 'Inventory and Control of Software Assets'],
  ['3', 'Data Protection'],
  ['4', 'Secure Configuration of Enterprise Assets and Software'],
  ['5', 'Account Management'],
  ['6', 'Access Control Management'],
  ['7', 'Continuous Vulnerability Management'],
  ['8', 'Audit Log Management'],
  ['9', 'Email and Web Browser Protections'],
  ['10', 'Malware Defenses'],
  ['11', 'Data Recovery'],
  ['12', 'Network Infrastructure Management'],
  ['13', 'Network Monitoring and Defense'],
  ['14', 'Security Awareness and Skills Training'],
  ['15', 'Service Provider Management'],
  ['16', 'Application Software Security'],
  ['17', 'Incident Response Management'],
  ['18', 'Penetration Testing'],
];

/** safeguard asset-type security-function lowest-IG (cis-facts.md, v8.1; four primary sources agree on every row). */
const SAFEGUARDS = `
1.1 Devices Identify 1
1.2 Devices Respond 1
1.3 Devices Detect 2
1.4 Devices Identify 2
1.5 Devices Detect 3
2.1 Software Identify 1
2.2 Software Identify 1
2.3 Software Respond 1
2.4 Software Detect 2
2.5 Software Protect 2
2.6 Software Protect 2
2.7 Software Protect 3
3.1 Data Govern 1
3.2 Data Identify 1
3.3 Data Protect 1
3.4 Data Protect 1
3.5 Data Protect 1
3.6 Data Protect 1
3.7 Data Identify 2
3.8 Data Identify 2
3.9 Data Protect 2
3.10 Data Protect 2
3.11 Data Protect 2
3.12 Data Protect 2
3.13 Data Protect 3
3.14 Data Detect 3
4.1 Documentation Govern 1
4.2 Documentation Govern 1
4.3 Devices Protect 1
4.4 Devices Protect 1
4.5 Devices Protect 1
4.6 Devices Protect 1
4.7 Users Protect 1
4.8 Devices Protect 2
4.9 Devices Protect 2
4.10 Devices Protect 2
4.11 Data Protect 2
4.12 Data Protect 3
5.1 Users Identify 1
5.2 Users Protect 1
5.3 Users Protect 1
5.4 Users Protect 1
5.5 Users Identify 2
5.6 Users Govern 2
6.1 Documentation Govern 1
6.2 Documentation Govern 1
6.3 Users Protect 1
6.4 Users Protect 1
6.5 Users Protect 1
6.6 Software Identify 2
6.7 Users Protect 2
6.8 Users Govern 3
7.1 Documentation Govern 1
7.2 Documentation Govern 1
7.3 Software Protect 1
7.4 Software Protect 1
7.5 Software Identify 2
7.6 Software Identify 2
7.7 Software Respond 2
8.1 Documentation Govern 1
8.2 Data Detect 1
8.3 Data Protect 1
8.4 Network Protect 2
8.5 Data Detect 2
8.6 Data Detect 2
8.7 Data Detect 2
8.8 Data Detect 2
8.9 Data Detect 2
8.10 Data Protect 2
8.11 Data Detect 2
8.12 Data Detect 3
9.1 Software Protect 1
9.2 Devices Protect 1
9.3 Network Protect 2
9.4 Software Protect 2
9.5 Network Protect 2
9.6 Network Protect 2
9.7 Network Protect 3
10.1 Devices Detect 1
10.2 Devices Protect 1
10.3 Devices Protect 1
10.4 Devices Detect 2
10.5 Devices Protect 2
10.6 Devices Protect 2
10.7 Devices Detect 2
11.1 Documentation Govern 1
11.2 Data Recover 1
11.3 Data Protect 1
11.4 Data Recover 1
11.5 Data Recover 2
12.1 Network Protect 1
12.2 Network Protect 2
12.3 Network Protect 2
12.4 Documentation Govern 2
12.5 Network Protect 2
12.6 Network Protect 2
12.7 Devices Protect 2
12.8 Devices Protect 3
13.1 Network Detect 2
13.2 Devices Detect 2
13.3 Network Detect 2
13.4 Network Protect 2
13.5 Devices Protect 2
13.6 Network Detect 2
13.7 Devices Protect 3
13.8 Network Protect 3
13.9 Network Protect 3
13.10 Network Protect 3
13.11 Network Detect 3
14.1 Documentation Govern 1
14.2 Users Protect 1
14.3 Users Protect 1
14.4 Users Protect 1
14.5 Users Protect 1
14.6 Users Protect 1
14.7 Users Protect 1
14.8 Users Protect 1
14.9 Users Protect 2
15.1 Users Identify 1
15.2 Documentation Govern 2
15.3 Users Govern 2
15.4 Documentation Govern 2
15.5 Users Govern 3
15.6 Data Govern 3
15.7 Data Protect 3
16.1 Documentation Govern 2
16.2 Documentation Govern 2
16.3 Software Detect 2
16.4 Software Identify 2
16.5 Software Protect 2
16.6 Documentation Govern 2
16.7 Software Protect 2
16.8 Network Protect 2
16.9 Users Protect 2
16.10 Software Protect 2
16.11 Software Protect 2
16.12 Software Protect 3
16.13 Software Detect 3
16.14 Software Protect 3
17.1 Users Respond 1
17.2 Documentation Govern 1
17.3 Documentation Govern 1
17.4 Documentation Govern 2
17.5 Users Respond 2
17.6 Users Respond 2
17.7 Users Recover 2
17.8 Users Recover 2
17.9 Documentation Recover 3
18.1 Documentation Govern 2
18.2 Network Detect 2
18.3 Network Protect 2
18.4 Network Protect 3
18.5 Network Detect 3
`;

export interface SafeguardFact {
  ref: string;
  control: string;
  assetType: string;
  securityFunction: string;
  lowestGroup: 1 | 2 | 3;
}

export const CIS_SAFEGUARDS: SafeguardFact[] = SAFEGUARDS.trim()
  .split('\n')
  .map((line) => {
    const [ref, assetType, securityFunction, group] = line.split(' ') as [string, string, string, string];
    return { ref, control: ref.split('.')[0]!, assetType, securityFunction, lowestGroup: Number(group) as 1 | 2 | 3 };
  });

const GROUPS = ['ig1', 'ig2', 'ig3'];

export function cisControls(): CatalogueDocument {
  const nodes: CatalogueNode[] = [];
  for (const [ref, title] of CIS_CONTROLS) {
    nodes.push({ ref, parentRef: null, type: 'control', title, assessable: false });
    for (const s of CIS_SAFEGUARDS.filter((f) => f.control === ref)) {
      nodes.push({
        ref: s.ref,
        parentRef: ref,
        type: 'safeguard',
        title: `Safeguard ${s.ref}`,
        assessable: true,
        // Implementation Groups are cumulative: a safeguard first needed at IG2 is in IG2 and IG3.
        implementationGroups: GROUPS.slice(s.lowestGroup - 1),
        attributes: { assetType: s.assetType, securityFunction: s.securityFunction },
      });
    }
  }
  return {
    format: 'bulwark.catalogue/1',
    id: 'cis-controls',
    version: '8.1',
    name: 'CIS Critical Security Controls',
    shortName: 'CIS Controls 8.1',
    kind: 'controls',
    description:
      'Eighteen controls and 153 safeguards in three cumulative Implementation Groups. Safeguard titles and descriptions are CIS text and are not shipped: import your own copy of the official workbook to see them.',
    provenance: {
      publisher: 'Center for Internet Security (CIS)',
      version: 'v8.1 (facts checked against v8.1.2, March 2025)',
      date: '2024-06-25',
      licence: 'CC BY-NC-ND 4.0 — no CIS text is included; identifiers, groups, asset types and security functions only',
      url: 'https://www.cisecurity.org/controls',
      sources: [
        { title: 'therealcybermattlee/FrameworkMCP data/cis-controls-v8.1.2-text.json @ bac49980fea211246e55feedd4d00910d3c1e444 (asset type, function, IG)', url: 'https://github.com/therealcybermattlee/FrameworkMCP' },
        { title: 'moniquemoguel/thirdpartytrust src/data/cis-v81-controls-*.js (asset type, function, IG)', url: 'https://github.com/moniquemoguel/thirdpartytrust' },
        { title: 'UnicisTech/unicis-platform-ce lib/csc/frameworks/cis_v_81.ts @ 56d0976b (function)', url: 'https://github.com/UnicisTech/unicis-platform-ce' },
        { title: 'Seriouz85/AuditReady-Sw CIS_Controls_v8.1.2_Complete_Extraction.md @ 9d19233f81fc7b473c5b2e5b945f210ed53e03cb (asset type, IG)', url: 'https://github.com/Seriouz85/AuditReady-Sw' },
      ],
      note: 'Totals: IG1 56, IG2 130, IG3 153 safeguards (cumulative). The achievement levels are Bulwark’s own simple scale, not the CIS CSAT scoring.',
    },
    levels: [
      { id: 'not-implemented', label: 'Not implemented' },
      { id: 'partly-implemented', label: 'Partly implemented' },
      { id: 'implemented', label: 'Implemented' },
    ],
    defaultLevels: ['not-implemented', 'partly-implemented', 'implemented'],
    implementationGroups: [
      { id: 'ig1', label: 'IG1', description: 'Essential cyber hygiene: the minimum every organisation should have.' },
      { id: 'ig2', label: 'IG2', description: 'IG1 plus safeguards for organisations with more complex estates and sensitive data.' },
      { id: 'ig3', label: 'IG3', description: 'Every safeguard: for organisations facing skilled, targeted attackers.' },
    ],
    nodes,
  };
}
