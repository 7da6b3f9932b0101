// HTTP entry points for the information asset register and the suppliers: lists with filters and
// flags as of a date, one record in full, changes against the version read, exports, and every flag
// of the organisation with counts by rule. Imports go through /imports/assets and /imports/suppliers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assetChangeBody,
  assetDetail,
  assetList,
  assetListQuery,
  exportQuery,
  asOfQuery,
  flagReport,
  newAssetBody,
  newSupplierBody,
  supplierChangeBody,
  supplierDetail,
  supplierList,
  supplierListQuery,
  versionQuery,
} from '../../contract/information-assets.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import { registerActionRoutes } from './register-action-routes.js';
import { ropaRoutes } from './ropa-routes.js';
import * as service from './service.js';

// Data flows and DPIAs belong to the register; their routes are in files of their own.
export { dataFlowRoutes } from './flow-routes.js';
export { dpiaRoutes } from './dpia-routes.js';

const tags = ['information assets'];
const orgParams = z.object({ orgId: z.string() });
const recordParams = orgParams.extend({ id: z.string().max(100) });
const noContent = z.null().describe('No content');
const policy = (action: string) => ({ config: { policy: { action } } });
const flaggedOf = (text: 'true' | 'false' | undefined) => (text === undefined ? undefined : text === 'true');
const STALE_NOTE = 'Send the version you read; a stale version gets 409 with the record as it now is.';

export async function informationAssetRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  await registerActionRoutes(api, app);
  await ropaRoutes(api, app);

  // ---- Information assets ----

  r.get(
    '/orgs/:orgId/assets',
    {
      ...policy('asset.read'),
      schema: {
        tags,
        summary: 'The information asset register, by name, each asset with its risk flags as of a date',
        description: 'type, criticality and supplierId filter; flagged=true keeps the assets with a flag (false, those without); archived=true includes archived assets; q matches the name or description. asOf: a date or an instant; default now.',
        params: orgParams,
        querystring: assetListQuery,
        response: { 200: assetList },
      },
    },
    async (request) => {
      const q = request.query;
      const criteria = { type: q.type, criticality: q.criticality, supplierId: q.supplierId, text: q.q, archived: q.archived === 'true', flagged: flaggedOf(q.flagged) };
      return service.listAssets(app.db, orgOf(request).id, criteria, asOfOrNow(q.asOf));
    },
  );

  r.post(
    '/orgs/:orgId/assets',
    {
      ...policy('asset.manage'),
      schema: {
        tags,
        summary: 'Add an information asset',
        description: 'Its name is unique among the organisation’s live assets. An owner or administrator is a person with a role here (ownerId) or a name (ownerName); a supplier is one of the organisation’s.',
        params: orgParams,
        body: newAssetBody,
        response: { 201: assetDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createAsset(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/assets/export',
    {
      ...policy('asset.read'),
      schema: {
        tags,
        summary: 'The live register as a CSV file or an XLSX workbook, under the headings the import reads, with the flags as of a date',
        params: orgParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => sendAttachment(reply, await service.exportAssets(app.db, orgOf(request).id, request.query.format, asOfOrNow(request.query.asOf), app.identity)),
  );

  r.get(
    '/orgs/:orgId/assets/:id',
    { ...policy('asset.read'), schema: { tags, summary: 'One information asset, with its supplier, people and risk flags as of a date', params: recordParams, querystring: asOfQuery, response: { 200: assetDetail } } },
    async (request) => service.getAsset(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/assets/:id',
    { ...policy('asset.manage'), schema: { tags, summary: 'Change an information asset', description: STALE_NOTE, params: recordParams, body: assetChangeBody, response: { 200: assetDetail } } },
    async (request) => service.changeAsset(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.delete(
    '/orgs/:orgId/assets/:id',
    {
      ...policy('asset.manage'),
      schema: {
        tags,
        summary: 'Archive an information asset: it is kept for the record, leaves the register and raises no flags, and its name is free again',
        description: `${STALE_NOTE} The version goes in the query: ?version=3.`,
        params: recordParams,
        querystring: versionQuery,
        response: { 200: assetDetail },
      },
    },
    async (request) => service.archiveAsset(contextOf(app, request), orgOf(request).id, request.params.id, request.query.version),
  );

  r.get(
    '/orgs/:orgId/asset-flags',
    {
      ...policy('asset.read'),
      schema: {
        tags,
        summary: 'Every risk flag of the live register and its suppliers as of a date, with how many each rule raised',
        description: 'asOf: a date (the end of that UK day) or an instant; default now. Each flag names its rule, severity, the asset or supplier and why.',
        params: orgParams,
        querystring: asOfQuery,
        response: { 200: flagReport },
      },
    },
    async (request) => service.registerFlags(app.db, orgOf(request).id, asOfOrNow(request.query.asOf)),
  );

  // ---- Suppliers ----

  r.get(
    '/orgs/:orgId/suppliers',
    {
      ...policy('supplier.read'),
      schema: {
        tags,
        summary: 'The organisation’s suppliers, by name, each with the live assets that depend on it and its flags as of a date',
        description: 'q matches the name or services; flagged=true keeps the suppliers with a flag.',
        params: orgParams,
        querystring: supplierListQuery,
        response: { 200: supplierList },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listSuppliers(app.db, orgOf(request).id, { text: q.q, flagged: flaggedOf(q.flagged) }, asOfOrNow(q.asOf));
    },
  );

  r.post(
    '/orgs/:orgId/suppliers',
    { ...policy('supplier.manage'), schema: { tags, summary: 'Add a supplier, with its contract, DSPT status and certifications', params: orgParams, body: newSupplierBody, response: { 201: supplierDetail } } },
    async (request, reply) => reply.code(201).send(await service.createSupplier(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/suppliers/export',
    { ...policy('supplier.read'), schema: { tags, summary: 'The suppliers as a CSV file or an XLSX workbook, under the headings the import reads', params: orgParams, querystring: exportQuery } },
    async (request, reply) => sendAttachment(reply, await service.exportSuppliers(app.db, orgOf(request).id, request.query.format, asOfOrNow(request.query.asOf), app.identity)),
  );

  r.get(
    '/orgs/:orgId/suppliers/:id',
    { ...policy('supplier.read'), schema: { tags, summary: 'One supplier, with the live assets that depend on it and its flags', params: recordParams, querystring: asOfQuery, response: { 200: supplierDetail } } },
    async (request) => service.getSupplier(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/suppliers/:id',
    { ...policy('supplier.manage'), schema: { tags, summary: 'Change a supplier; certifications, when sent, replace those held', description: STALE_NOTE, params: recordParams, body: supplierChangeBody, response: { 200: supplierDetail } } },
    async (request) => service.changeSupplier(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.delete(
    '/orgs/:orgId/suppliers/:id',
    {
      ...policy('supplier.manage'),
      schema: {
        tags,
        summary: 'Remove a supplier no live asset depends on',
        description: `${STALE_NOTE} The version goes in the query: ?version=3. A supplier a live asset names is refused (409) with the assets named.`,
        params: recordParams,
        querystring: versionQuery,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeSupplier(contextOf(app, request), orgOf(request).id, request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
}
