// Each organisation's settings for its directory findings: how long unused makes an account dormant,
// how long a new starter has before they are expected to have an account, which groups are privileged
// and the rules that say what each account is for. Until an organisation saves its own, ours apply.
import type { DirectorySettings, DirectorySettingsBody } from '../../contract/directory.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { saveSettingsAtVersion } from '../accounts/service.js';
import { DEFAULT_KIND_RULES, DEFAULT_PRIVILEGED_GROUPS } from './domain/account-kinds.js';
import * as store from './store.js';

/** Ninety days without a logon, the usual line for a dormant account. */
export const DEFAULT_DORMANT_DAYS = 90;
/** Four weeks: a new starter's account may follow their first day. */
export const DEFAULT_NEW_STARTER_GRACE_DAYS = 28;

export const DEFAULT_DIRECTORY_SETTINGS: DirectorySettings = {
  dormantDays: DEFAULT_DORMANT_DAYS,
  newStarterGraceDays: DEFAULT_NEW_STARTER_GRACE_DAYS,
  privilegedGroups: [...DEFAULT_PRIVILEGED_GROUPS],
  kindRules: [...DEFAULT_KIND_RULES],
  version: 0,
};

export async function directorySettings(db: Db, orgId: string): Promise<DirectorySettings> {
  const row = await store.findSettings(db, orgId);
  if (!row) return DEFAULT_DIRECTORY_SETTINGS;
  return {
    dormantDays: row.dormant_days,
    newStarterGraceDays: row.new_starter_grace_days,
    privilegedGroups: JSON.parse(row.privileged_groups_json) as string[],
    kindRules: JSON.parse(row.kind_rules_json) as DirectorySettings['kindRules'],
    version: row.version,
  };
}

/** Saves the settings at the version read; a stale version is refused with the settings as they are. */
export async function saveDirectorySettings(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, body: DirectorySettingsBody): Promise<DirectorySettings> {
  return saveSettingsAtVersion(ctx, orgId, body.version, 'directory.settings-change', 'directory-settings', {
    read: (db) => directorySettings(db, orgId),
    write: (db, stamp, version) =>
      store.saveSettings(
        db,
        {
          org_id: orgId,
          dormant_days: body.dormantDays,
          new_starter_grace_days: body.newStarterGraceDays,
          privileged_groups_json: JSON.stringify(body.privilegedGroups),
          kind_rules_json: JSON.stringify(body.kindRules),
          ...stamp,
        },
        version,
      ),
    lastSaved: (db) => store.findSettings(db, orgId),
    name: 'The directory settings',
  });
}
