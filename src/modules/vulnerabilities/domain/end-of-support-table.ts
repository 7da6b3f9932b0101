// The end-of-support dates Bulwark ships: facts only (names, versions, the last day of support and the
// vendor's page that gives it). An organisation edits or adds rows over these (mergeEndOfSupport);
// a date here changes only when the vendor's page does.
//
// `names` are the phrases scanner exports and inventories write, matched as whole words in any case
// with punctuation read as spaces ("Ubuntu 18.04.6 LTS" holds "ubuntu 18 04"); the more specific
// phrase wins, so "Windows Server 2012 R2" is the R2 row, not the 2012 one. `except` lists words
// that mean another product with its own dates (Windows 10's long-term servicing editions).
import type { EndOfSupportRow } from './end-of-support.js';

const MICROSOFT = (product: string) => `https://learn.microsoft.com/lifecycle/products/${product}`;
const RED_HAT = 'https://access.redhat.com/support/policy/updates/errata';
const CENTOS = 'https://www.centos.org/centos-linux-eol/';
const UBUNTU = 'https://ubuntu.com/about/release-cycle';

export const BUILT_IN_END_OF_SUPPORT: readonly EndOfSupportRow[] = Object.freeze([
  { id: 'windows-xp', product: 'Windows', version: 'XP', names: ['windows xp'], endOfSupport: '2014-04-08', support: 'extended support', source: MICROSOFT('windows-xp') },
  { id: 'windows-7', product: 'Windows', version: '7', names: ['windows 7'], endOfSupport: '2020-01-14', support: 'extended support', source: MICROSOFT('windows-7') },
  { id: 'windows-8-1', product: 'Windows', version: '8.1', names: ['windows 8 1'], endOfSupport: '2023-01-10', support: 'extended support', source: MICROSOFT('windows-81') },
  // 22H2, the last version; earlier versions ended sooner. The long-term servicing editions have their own dates.
  { id: 'windows-10', product: 'Windows', version: '10 (Home, Pro, Enterprise, Education; 22H2)', names: ['windows 10'], except: ['ltsc', 'ltsb'], endOfSupport: '2025-10-14', support: 'servicing', source: MICROSOFT('windows-10-enterprise-and-education') },
  { id: 'windows-server-2008', product: 'Windows Server', version: '2008', names: ['windows server 2008', 'windows 2008'], endOfSupport: '2020-01-14', support: 'extended support', source: MICROSOFT('windows-server-2008') },
  { id: 'windows-server-2008-r2', product: 'Windows Server', version: '2008 R2', names: ['windows server 2008 r2', 'windows 2008 r2'], endOfSupport: '2020-01-14', support: 'extended support', source: MICROSOFT('windows-server-2008-r2') },
  { id: 'windows-server-2012', product: 'Windows Server', version: '2012', names: ['windows server 2012', 'windows 2012'], endOfSupport: '2023-10-10', support: 'extended support', source: MICROSOFT('windows-server-2012') },
  { id: 'windows-server-2012-r2', product: 'Windows Server', version: '2012 R2', names: ['windows server 2012 r2', 'windows 2012 r2'], endOfSupport: '2023-10-10', support: 'extended support', source: MICROSOFT('windows-server-2012-r2') },
  { id: 'windows-server-2016', product: 'Windows Server', version: '2016', names: ['windows server 2016', 'windows 2016'], endOfSupport: '2027-01-12', support: 'extended support', source: MICROSOFT('windows-server-2016') },
  { id: 'sql-server-2008', product: 'SQL Server', version: '2008', names: ['sql server 2008'], endOfSupport: '2019-07-09', support: 'extended support', source: MICROSOFT('sql-server-2008') },
  { id: 'sql-server-2008-r2', product: 'SQL Server', version: '2008 R2', names: ['sql server 2008 r2'], endOfSupport: '2019-07-09', support: 'extended support', source: MICROSOFT('sql-server-2008-r2') },
  { id: 'sql-server-2012', product: 'SQL Server', version: '2012', names: ['sql server 2012'], endOfSupport: '2022-07-12', support: 'extended support', source: MICROSOFT('sql-server-2012') },
  { id: 'sql-server-2014', product: 'SQL Server', version: '2014', names: ['sql server 2014'], endOfSupport: '2024-07-09', support: 'extended support', source: MICROSOFT('sql-server-2014') },
  { id: 'sql-server-2016', product: 'SQL Server', version: '2016', names: ['sql server 2016'], endOfSupport: '2026-07-14', support: 'extended support', source: MICROSOFT('sql-server-2016') },
  { id: 'office-2010', product: 'Office', version: '2010', names: ['office 2010', 'office professional plus 2010', 'office standard 2010'], endOfSupport: '2020-10-13', support: 'extended support', source: MICROSOFT('microsoft-office-2010') },
  { id: 'office-2013', product: 'Office', version: '2013', names: ['office 2013', 'office professional plus 2013', 'office standard 2013'], endOfSupport: '2023-04-11', support: 'extended support', source: MICROSOFT('microsoft-office-2013') },
  { id: 'office-2016', product: 'Office', version: '2016', names: ['office 2016', 'office professional plus 2016', 'office standard 2016'], endOfSupport: '2025-10-14', support: 'extended support', source: MICROSOFT('microsoft-office-2016') },
  { id: 'office-2019', product: 'Office', version: '2019', names: ['office 2019', 'office professional plus 2019', 'office standard 2019'], endOfSupport: '2025-10-14', support: 'extended support', source: MICROSOFT('microsoft-office-2019') },
  { id: 'exchange-server-2013', product: 'Exchange Server', version: '2013', names: ['exchange server 2013'], endOfSupport: '2023-04-11', support: 'extended support', source: MICROSOFT('exchange-server-2013') },
  { id: 'exchange-server-2016', product: 'Exchange Server', version: '2016', names: ['exchange server 2016'], endOfSupport: '2025-10-14', support: 'extended support', source: MICROSOFT('exchange-server-2016') },
  { id: 'exchange-server-2019', product: 'Exchange Server', version: '2019', names: ['exchange server 2019'], endOfSupport: '2025-10-14', support: 'extended support', source: MICROSOFT('exchange-server-2019') },
  { id: 'centos-linux-7', product: 'CentOS Linux', version: '7', names: ['centos linux 7', 'centos linux release 7', 'centos 7', 'centos release 7'], endOfSupport: '2024-06-30', support: 'end of life', source: CENTOS },
  { id: 'centos-linux-8', product: 'CentOS Linux', version: '8', names: ['centos linux 8', 'centos linux release 8', 'centos 8', 'centos release 8'], except: ['stream'], endOfSupport: '2021-12-31', support: 'end of life', source: CENTOS },
  { id: 'rhel-6', product: 'Red Hat Enterprise Linux', version: '6', names: ['red hat enterprise linux 6', 'red hat enterprise linux server 6', 'red hat enterprise linux server release 6', 'rhel 6'], endOfSupport: '2020-11-30', support: 'maintenance support', source: RED_HAT },
  { id: 'rhel-7', product: 'Red Hat Enterprise Linux', version: '7', names: ['red hat enterprise linux 7', 'red hat enterprise linux server 7', 'red hat enterprise linux server release 7', 'rhel 7'], endOfSupport: '2024-06-30', support: 'maintenance support', source: RED_HAT },
  { id: 'ubuntu-18-04', product: 'Ubuntu', version: '18.04 LTS', names: ['ubuntu 18 04'], endOfSupport: '2023-05-31', support: 'standard support', source: UBUNTU },
  { id: 'flash-player', product: 'Adobe Flash Player', version: 'all', names: ['flash player'], endOfSupport: '2020-12-31', support: 'end of life', source: 'https://www.adobe.com/products/flashplayer/end-of-life.html' },
] satisfies EndOfSupportRow[]);
