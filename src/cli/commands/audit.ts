// bulwark audit verify: checks the audit trail's hash chain; exits non-zero naming the first bad record.
import type { Command } from 'commander';
import { verifyAuditTrail } from '../../platform/audit/audit-trail.js';
import { print, withApp } from '../output.js';

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('check that no audit record has been altered, removed or inserted')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await withApp((app) => verifyAuditTrail(app.db));
      print(opts.json, result, () =>
        result.ok
          ? `Audit trail intact: ${result.records} records; head ${result.headHash}. Keep the head hash somewhere else to detect a rewritten trail later.`
          : `Audit trail broken: ${result.message}. ${result.records} records before it are intact.`,
      );
      if (!result.ok) process.exitCode = 2;
    });
}
