// bulwark secrets rotate: re-encrypts every stored secret with the current key, so that a previous
// key can be removed from BULWARK_SECRET_KEY_PREVIOUS afterwards.
import type { Command } from 'commander';
import { rotateSecrets } from '../../platform/secrets/rotation.js';
import { cliActor, print, withApp } from '../output.js';

export function secretsCommands(program: Command) {
  const secrets = program.command('secrets').description('the encryption of stored secrets');
  secrets
    .command('rotate')
    .description('re-encrypt every stored secret with the current BULWARK_SECRET_KEY')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await withApp((app) => rotateSecrets({ ...app, actor: cliActor(), now: new Date() }));
      print(opts.json, result, () =>
        `Re-encrypted ${result.resealed} of ${result.total} stored secrets with key ${result.keyId}. ` +
        (result.total === result.resealed + result.current ? 'Every secret now uses the current key: previous keys can be removed.' : ''),
      );
    });
}
