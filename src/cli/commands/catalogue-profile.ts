// bulwark catalogue profile set: applies a profile document (bulwark.profile/1) to one organisation as
// its own expected levels for a catalogue, replacing the levels it had, in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import * as catalogues from '../../modules/catalogues/service.js';
import { resolveOrganisation } from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { cliActor, print, withApp } from '../output.js';

export function catalogueProfileCommand(catalogue: Command) {
  catalogue
    .command('profile')
    .description("an organisation's own expected levels for a catalogue")
    .command('set')
    .description("set an organisation's expected levels from a profile file (JSON or YAML, bulwark.profile/1)")
    .argument('<catalogue>', 'id@version, e.g. dspt@2025-26')
    .requiredOption('--org <id or ODS code>', 'the organisation')
    .requiredOption('--file <profile>', 'the profile document')
    .option('--json', 'print JSON')
    .action(async (spec: string, opts: { org: string; file: string; json?: boolean }) => {
      let text: string;
      try {
        text = fs.readFileSync(path.resolve(opts.file), 'utf8');
      } catch {
        throw new ValidationFailed(`Cannot read ${opts.file}: check the path.`);
      }
      const result = await withApp(async (app) => {
        const org = await resolveOrganisation(app.db, opts.org);
        const target = await catalogues.resolveCatalogue(app.db, spec);
        const saved = await catalogues.applyProfileToOrg({ db: app.db, actor: cliActor(), now: new Date() }, org.id, target, text, path.basename(opts.file));
        return { organisation: { id: org.id, name: org.name, odsCode: org.ods_code }, ...saved };
      });
      print(opts.json, { ok: true, ...result }, () => `${result.organisation.name}: ${result.expected} expected levels set for ${result.catalogue} (version ${result.version}).`);
    });
}
