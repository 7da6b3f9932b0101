// bulwark audit verify: checks the audit trail's keyed chain and prints its head, to be kept elsewhere;
// with --head, also checks that a head kept earlier is still in the trail. Exits non-zero naming the
// first bad record.
import type { Command } from 'commander';
import { parseKeptHead, verifyAuditTrail, type VerifyResult } from '../../platform/audit/audit-trail.js';
import { fail, print, withApp } from '../output.js';

function describeIntact(result: Extract<VerifyResult, { ok: true }>): string {
  if (result.records === 0) return 'Audit trail intact: it has no records yet.';
  const lines = [`Audit trail intact: ${result.records} records, sealed with key${result.keyIds.length === 1 ? '' : 's'} ${result.keyIds.join(', ')} (HMAC-SHA-256).`];
  if (result.unkeyedRecords > 0) {
    lines.push(
      `Records 1 to ${result.unkeyedRecords} were written before the trail was keyed and carry plain SHA-256 hashes; record ${result.unkeyedRecords + 1}, the first keyed one, links to them and so seals them.`,
    );
  }
  lines.push(`Head: record ${result.headSeq} (id ${result.headId}), MAC ${result.headHash}`);
  if (result.keptHead) {
    lines.push(
      result.keptHead.recordsAfter === 0
        ? `The head you kept, record ${result.keptHead.seq}, is still the end of the trail.`
        : `The head you kept, record ${result.keptHead.seq}, is in the trail; ${result.keptHead.recordsAfter} records were added after it.`,
    );
  }
  lines.push(`Keep the head somewhere else; later, bulwark audit verify --head ${result.headSeq}:${result.headHash} shows the trail still contains it and was not cut short or rewritten.`);
  return lines.join('\n');
}

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('check that no audit record has been altered, removed or inserted, and print the head to keep')
    .option('--head <head>', 'a head printed by an earlier verify (RECORD:MAC or MAC): check the trail still contains it')
    .option('--json', 'print JSON')
    .action(async (opts: { head?: string; json?: boolean }) => {
      let keptHead;
      try {
        keptHead = opts.head === undefined ? undefined : parseKeptHead(opts.head);
      } catch (error) {
        fail(error);
      }
      const result = await withApp((app) => verifyAuditTrail(app.db, keptHead ? { keptHead } : {}));
      print(opts.json, result, () => (result.ok ? describeIntact(result) : `Audit trail broken: ${result.message}. ${result.records} records before it are intact.`));
      if (!result.ok) process.exitCode = 2;
    });
}
