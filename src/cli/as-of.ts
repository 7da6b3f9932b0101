// --as-of, given to the whole command line: the instant every computation that depends on "now" uses,
// so a report can be reproduced for a given day. A date means the end of that day in the UK.
import type { Command } from 'commander';
import { asOfOrNow } from '../platform/as-of.js';

export function asOfOption(program: Command): Command {
  return program.option('--as-of <date>', 'treat this date (YYYY-MM-DD, the end of that day) or instant (with Z or an offset) as now, for anything computed from the date');
}

/** The as-of instant for a command: --as-of if given anywhere on the line, else the clock. */
export function asOfFor(command: Command): Date {
  return asOfOrNow(command.optsWithGlobals<{ asOf?: string }>().asOf);
}
