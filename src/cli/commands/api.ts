// bulwark api: call any endpoint of a remote Bulwark with an API token, for scripts.
import type { Command } from 'commander';
import { print } from '../output.js';
import { type RemoteOptions, RemoteError, remoteFrom } from '../remote.js';

export function apiCommand(program: Command) {
  program
    .command('api')
    .description('call the API of a remote Bulwark with an API token, e.g. `bulwark api GET /api/v1/me`')
    .argument('<method>', 'GET, POST, PUT, PATCH or DELETE')
    .argument('<path>', 'the path, starting /api/v1/ (see /api-docs)')
    .option('--data <json>', 'request body, as JSON')
    .option('--server <url>', 'the Bulwark server (or set BULWARK_SERVER); the token comes from BULWARK_TOKEN')
    .option('--token <token>', 'API token (BULWARK_TOKEN is safer)')
    .option('--json', 'print JSON (the default; accepted for consistency)')
    .action(async (method: string, path: string, opts: { data?: string } & RemoteOptions) => {
      const remote = remoteFrom(opts);
      if (!remote) throw new RemoteError('Give --server or set BULWARK_SERVER.');
      const verb = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(verb)) throw new RemoteError(`Not an HTTP method: ${method}`);
      if (!path.startsWith('/api/')) throw new RemoteError('The path must start with /api/.');
      let body: unknown;
      if (opts.data !== undefined) {
        try {
          body = JSON.parse(opts.data);
        } catch {
          throw new RemoteError('--data is not valid JSON.');
        }
      }
      const result = await remote.request<unknown>(verb, path, body);
      print(true, result, () => '');
    });
}
