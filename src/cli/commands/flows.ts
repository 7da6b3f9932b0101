// bulwark flows: the organisation's data flows as CSV or XLSX, under the headings the import reads.
// Files come in with `bulwark import flows`; the flows' flags are in `bulwark assets flags`.
import type { Command } from 'commander';
import * as assets from '../../modules/information-assets/service.js';
import { exportSubcommand } from '../export-command.js';

export function flowCommands(program: Command) {
  const command = program.command('flows').description('data flows between the information assets, suppliers and other organisations: exports');
  exportSubcommand(
    command,
    'write the live data flows, with their flags as of a date (--as-of), as an XLSX workbook or a CSV file under the headings the import reads',
    (app, orgId, format, asOf) => assets.exportFlows(app.db, orgId, format, asOf, app.identity),
  );
}
