// HTTP entry points for directory accounts: the directories, their accounts, one account, the findings
// on a day and the settings. Exports come in through the import routes (POST /orgs/:orgId/imports/accounts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountDetail, accountList, accountListQuery, directory, directoryBody, directoryList, directorySettings, directorySettingsBody, findingsQuery, findingsReport } from '../../contract/directory.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['directory'];
const orgParams = z.object({ orgId: z.string() });
const read = { config: { policy: { action: 'directory.read' } } };
const manage = { config: { policy: { action: 'directory.manage' } } };
const asOfNote = 'asOf: a date (the end of that UK day) or an instant; default now.';

export async function directoryRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/directory/directories',
    { ...read, schema: { tags, summary: 'The organisation’s directories, each with its latest import and how many accounts it holds', params: orgParams, response: { 200: directoryList } } },
    async (request) => ({ items: await service.listDirectories(app.db, orgOf(request).id) }),
  );

  r.patch(
    '/orgs/:orgId/directory/directories/:directoryId',
    {
      ...manage,
      schema: { tags, summary: 'Say what kind of directory it is (give the version read)', params: orgParams.extend({ directoryId: z.string().max(64) }), body: directoryBody, response: { 200: directory } },
    },
    async (request) => service.changeDirectoryKind(contextOf(app, request), orgOf(request).id, request.params.directoryId, request.body),
  );

  r.get(
    '/orgs/:orgId/directory/accounts',
    {
      ...read,
      schema: {
        tags,
        summary: 'Accounts on a day, each with its kind, owner and findings',
        description: `${asOfNote} Filters: directory (id or name), kind, finding, state (present, gone or all; present by default), q (name, UPN, display name, employee ID or department).`,
        params: orgParams,
        querystring: accountListQuery,
        response: { 200: accountList },
      },
    },
    async (request) => service.listAccounts(app.db, orgOf(request).id, request.query, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/directory/accounts/:accountId',
    { ...read, schema: { tags, summary: 'One account with its groups and why it is in each finding', params: orgParams.extend({ accountId: z.string().max(64) }), querystring: findingsQuery, response: { 200: accountDetail } } },
    async (request) => service.accountDetail(app.db, orgOf(request).id, request.params.accountId, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/directory/findings',
    { ...read, schema: { tags, summary: 'The directory findings on a day, most severe first, each with its accounts', description: asOfNote, params: orgParams, querystring: findingsQuery, response: { 200: findingsReport } } },
    async (request) => service.findingsReport(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  r.get(
    '/orgs/:orgId/directory/settings',
    { ...read, schema: { tags, summary: 'The settings the findings follow: dormancy, new starters’ grace, privileged groups and the kinds of account', params: orgParams, response: { 200: directorySettings } } },
    async (request) => service.directorySettings(app.db, orgOf(request).id),
  );

  r.put(
    '/orgs/:orgId/directory/settings',
    { ...manage, schema: { tags, summary: 'Set the directory settings (give the version read; a stale one is refused with the current values)', params: orgParams, body: directorySettingsBody, response: { 200: directorySettings } } },
    async (request) => service.saveDirectorySettings(contextOf(app, request), orgOf(request).id, request.body),
  );
}
