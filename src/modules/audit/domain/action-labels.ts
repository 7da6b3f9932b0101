// What each audit action and record type is called, in words. The one table of them: the audit trail
// pages, the person activity list and the action filter all read it, and a unit test fails when code
// records an action that is not here.

/** Actions grouped by what they concern; the group's prefix is also what the audit filter matches. */
export const AUDIT_ACTION_AREAS = [
  {
    prefix: 'auth.',
    label: 'Signing in and out',
    actions: {
      'auth.login': 'Signed in',
      'auth.first-factor': 'Gave their password; a second factor was still to come',
      'auth.login-failed': 'Failed to sign in',
      'auth.second-factor-failed': 'Gave a wrong second factor',
      'auth.locked': 'Account locked after failed sign-ins',
      'auth.logout': 'Signed out',
      'auth.logout-everywhere': 'Signed out of every session',
      'auth.session-revoke': 'Ended another of their login sessions',
      'auth.password-change': 'Changed their password',
      'auth.password-reset': 'Chose a new password from a reset link',
      'auth.password-reset-requested': 'Asked for a password reset link by email',
      'auth.passkey-refused': 'A passkey was refused',
      'auth.passkey-counter-regression': 'A passkey was refused because it may have been copied',
      'auth.sso-refused': 'Single sign-on was refused',
    },
  },
  {
    prefix: 'mfa.',
    label: 'Second factors',
    actions: {
      'mfa.totp-enrol': 'Set up an authenticator app',
      'mfa.totp-remove': 'Removed their authenticator app',
      'mfa.recovery-codes': 'Got new recovery codes',
      'mfa.passkey-add': 'Added a passkey',
      'mfa.passkey-rename': 'Renamed a passkey',
      'mfa.passkey-remove': 'Removed a passkey',
    },
  },
  {
    prefix: 'member.',
    label: 'People and their roles',
    actions: {
      'member.create': 'Added a new person',
      'member.add': 'Gave an existing account a role here',
      'member.roles': 'Changed a person’s roles',
      'member.remove': 'Removed a person from the organisation',
      'member.sso-roles': 'Single sign-on groups changed a person’s roles',
    },
  },
  {
    prefix: 'user.',
    label: 'Accounts',
    actions: {
      'user.create': 'Created an account',
      'user.deactivate': 'Deactivated an account',
      'user.reactivate': 'Reactivated an account',
      'user.password-reset-link': 'Made a password reset link',
      'user.mfa-reset': 'Reset a person’s second factors',
      'user.sso-provision': 'Single sign-on created an account',
    },
  },
  {
    prefix: 'invitation.',
    label: 'Invitations',
    actions: {
      'invitation.create': 'Invited a person',
      'invitation.revoke': 'Withdrew an invitation',
      'invitation.accept': 'Accepted an invitation',
      'invitation.decline': 'Declined an invitation',
    },
  },
  {
    prefix: 'organisation.',
    label: 'Organisations',
    actions: {
      'organisation.create': 'Added an organisation',
      'organisation.update': 'Changed an organisation’s details',
      'organisation.mfa-policy': 'Changed who must use a second factor',
    },
  },
  {
    prefix: 'import.',
    label: 'Imports',
    actions: {
      'import.apply': 'Imported a file',
      'import.mapping-save': 'Saved a column mapping for imports',
      'import.mapping-delete': 'Deleted a column mapping for imports',
    },
  },
  {
    prefix: 'token.',
    label: 'API tokens',
    actions: {
      'token.create': 'Created an API token',
      'token.revoke': 'Revoked an API token',
    },
  },
  {
    prefix: 'sso.',
    label: 'Single sign-on',
    actions: {
      'sso.connection-create': 'Added a single sign-on connection',
      'sso.connection-update': 'Changed a single sign-on connection',
      'sso.connection-delete': 'Removed a single sign-on connection',
      'sso.identity-link': 'Linked an account to single sign-on',
    },
  },
  {
    prefix: 'scim.',
    label: 'Provisioning (SCIM)',
    actions: {
      'scim.user-create': 'Provisioning created an account',
      'scim.user-link': 'Provisioning took over an existing account',
      'scim.user-update': 'Provisioning changed an account’s details',
      'scim.user-deactivate': 'Provisioning deactivated an account',
      'scim.user-reactivate': 'Provisioning reactivated an account',
      'scim.user-delete': 'Provisioning removed an account',
      'scim.roles': 'Provisioning changed a person’s roles',
      'scim.group-create': 'Provisioning created a group',
      'scim.group-update': 'Provisioning changed a group',
      'scim.group-delete': 'Provisioning removed a group',
    },
  },
  {
    prefix: 'catalogue.',
    label: 'Framework catalogues',
    actions: {
      'catalogue.import': 'Imported a framework catalogue or crosswalk',
      'catalogue.official-text.import': 'Imported official texts into a catalogue',
      'catalogue.profile.set': 'Imported a profile of expected levels',
      'catalogue.remove': 'Removed a framework catalogue',
      'catalogue.org-settings': 'Changed the organisation’s expected levels',
    },
  },
  {
    prefix: 'evidence.',
    label: 'Evidence',
    actions: {
      'evidence.add': 'Added a piece of evidence',
      'evidence.version': 'Uploaded a new version of a piece of evidence',
      'evidence.update': 'Changed the details of a piece of evidence',
      'evidence.archive': 'Archived a piece of evidence',
    },
  },
  {
    prefix: 'database.',
    label: 'Backups',
    actions: {
      'database.backup': 'Backed up the database',
      'database.restore': 'Restored the database from a backup',
    },
  },
  {
    prefix: 'assessment.',
    label: 'Assessments',
    actions: {
      'assessment.create': 'Started an assessment',
      'assessment.update': 'Changed an assessment’s details',
      'assessment.in-review': 'Sent an assessment for review',
      'assessment.reopen': 'Returned an assessment to draft',
      'assessment.submitted': 'Submitted an assessment',
      'assessment.archived': 'Archived an assessment',
      'assessment.respond': 'Answered an outcome',
      'assessment.evidence-link': 'Linked evidence to an outcome',
      'assessment.evidence-unlink': 'Unlinked evidence from an outcome',
      'assessment.review': 'Recorded an independent review opinion',
      'assessment.review-level': 'Recorded an independent reviewer’s level for an outcome',
    },
  },
  {
    prefix: 'incident.',
    label: 'Incidents',
    actions: {
      'incident.create': 'Recorded an incident',
      'incident.change': 'Changed an incident’s details',
      'incident.timeline-add': 'Added to an incident’s timeline',
      'incident.timeline-correct': 'Corrected an entry on an incident’s timeline',
      'incident.notification-record': 'Recorded a notification about an incident',
      'incident.review-save': 'Saved an incident’s lessons learned',
      'incident.action-add': 'Added an action from an incident',
      'incident.action-change': 'Changed an action from an incident',
      'incident.evidence-link': 'Linked evidence to an incident',
      'incident.evidence-unlink': 'Unlinked evidence from an incident',
      'incident.import': 'Imported an incident from a history file',
      'incident.settings-change': 'Changed the incident response targets or reporting threshold',
    },
  },
  {
    prefix: 'exercise.',
    label: 'Exercises',
    actions: {
      'exercise.create': 'Planned an exercise of the incident response plan',
      'exercise.change': 'Changed an exercise’s plan',
      'exercise.start': 'Started an exercise’s clock',
      'exercise.stop': 'Stopped an exercise’s clock and completed it',
      'exercise.decision-record': 'Recorded a decision point reached in an exercise',
      'exercise.inject-release': 'Released an inject in an exercise',
      'exercise.observation-add': 'Noted an observation in an exercise',
      'exercise.finding-add': 'Recorded a finding from an exercise',
      'exercise.finding-change': 'Changed a finding from an exercise',
      'exercise.action-add': 'Added an action from an exercise',
      'exercise.action-change': 'Changed an action from an exercise',
    },
  },
  {
    prefix: 'asset.',
    label: 'Information assets',
    actions: {
      'asset.create': 'Added an information asset',
      'asset.change': 'Changed an information asset',
      'asset.archive': 'Archived an information asset',
      'asset.import': 'Imported an information asset from a register file',
    },
  },
  {
    prefix: 'supplier.',
    label: 'Suppliers',
    actions: {
      'supplier.create': 'Added a supplier',
      'supplier.change': 'Changed a supplier',
      'supplier.remove': 'Removed a supplier',
      'supplier.import': 'Imported a supplier from a file',
    },
  },
  {
    prefix: 'flow.',
    label: 'Data flows',
    actions: {
      'flow.create': 'Added a data flow',
      'flow.change': 'Changed a data flow',
      'flow.archive': 'Archived a data flow',
      'flow.import': 'Imported a data flow from a file',
    },
  },
  {
    prefix: 'ropa.',
    label: 'Records of processing',
    actions: {
      'ropa.details-change': 'Changed the controller’s and DPO’s details in the record of processing',
    },
  },
  {
    prefix: 'dpia.',
    label: 'Data protection impact assessments',
    actions: {
      'dpia.create': 'Started a data protection impact assessment (DPIA)',
      'dpia.change': 'Changed a DPIA’s details',
      'dpia.screening': 'Answered a DPIA’s screening questions',
      'dpia.risks': 'Changed a DPIA’s risks',
      'dpia.links': 'Changed the assets and data flows a DPIA covers',
      'dpia.advice': 'Gave the DPO’s advice on a data protection impact assessment',
      'dpia.sign-off': 'Signed off a data protection impact assessment',
      'dpia.reopen': 'Reopened a signed-off DPIA by changing its assessment',
    },
  },
  {
    prefix: 'register.',
    label: 'Actions from register flags',
    actions: {
      'register.action-create': 'Made a register risk flag an action',
      'register.action-change': 'Changed an action from a register risk flag',
    },
  },
  {
    prefix: 'alert.',
    label: 'Alert triage',
    actions: {
      'alert.settings-change': 'Changed the triage targets',
      'alert.action-create': 'Made a triage finding an action',
      'alert.action-change': 'Changed an action from a triage finding',
    },
  },
  {
    prefix: 'finding.',
    label: 'Vulnerability findings',
    actions: {
      'finding.deadlines-change': 'Changed the remediation deadlines',
      'finding.end-of-support-change': 'Changed the end-of-support table',
    },
  },
  {
    prefix: 'cyber-alert.',
    label: 'NHS cyber alerts',
    actions: {
      'cyber-alert.create': 'Recorded an NHS cyber alert',
      'cyber-alert.change': 'Changed the details of an NHS cyber alert',
      'cyber-alert.applicability': 'Confirmed whether an NHS cyber alert applies',
      'cyber-alert.acknowledge': 'Recorded the acknowledgement of an NHS cyber alert',
      'cyber-alert.update': 'Added an update to an NHS cyber alert',
      'cyber-alert.remediate': 'Marked an NHS cyber alert remediated',
      'cyber-alert.close': 'Closed an NHS cyber alert',
    },
  },
  {
    prefix: 'directory.',
    label: 'Directory accounts',
    actions: {
      'directory.add': 'Added a directory with its first import',
      'directory.change': 'Changed what kind of directory it is',
      'directory.settings-change': 'Changed the directory settings',
    },
  },
  {
    prefix: 'review.',
    label: 'Access reviews',
    actions: {
      'review.create': 'Set up an access-review campaign',
      'review.change': 'Changed a draft access-review campaign',
      'review.start': 'Started an access-review campaign',
      'review.decide': 'Decided an account in an access review',
      'review.close': 'Closed an access-review campaign',
      'review.remind': 'Reminded reviewers of their outstanding accounts',
      'review.action-close': 'Closed an action from an access review',
    },
  },
  {
    prefix: 'training.',
    label: 'Training compliance',
    actions: {
      'training.courses-seed': 'Started the organisation’s training courses from ours',
      'training.course-create': 'Added a training course',
      'training.course-change': 'Changed a training course',
      'training.course-remove': 'Removed a training course',
      'training.settings-change': 'Changed the training target, induction window, security staff or CPD hours',
    },
  },
  {
    prefix: 'audit.',
    label: 'The audit trail',
    actions: {
      'audit.keyed': 'Began sealing the audit trail with a key',
    },
  },
  {
    prefix: 'secrets.',
    label: 'Stored secrets',
    actions: {
      'secrets.rotate': 'Re-encrypted stored secrets with a new key',
    },
  },
] as const satisfies ReadonlyArray<{ prefix: string; label: string; actions: Readonly<Record<string, string>> }>;

export const ACTION_LABELS: Readonly<Record<string, string>> = Object.fromEntries(AUDIT_ACTION_AREAS.flatMap((area) => Object.entries(area.actions)));

/** What kind of record an audit entry is about. */
export const RECORD_TYPE_LABELS: Readonly<Record<string, string>> = {
  user: 'Person',
  organisation: 'Organisation',
  'api-token': 'API token',
  invitation: 'Invitation',
  'sso-connection': 'Single sign-on connection',
  'scim-group': 'Provisioned group',
  catalogue: 'Framework catalogue',
  crosswalk: 'Crosswalk',
  'catalogue-profile': 'Profile of expected levels',
  'catalogue-org-settings': 'Expected levels',
  'import-run': 'Import',
  'import-mapping': 'Column mapping',
  assessment: 'Assessment',
  'assessment-response': 'Response in an assessment',
  evidence: 'Evidence',
  incident: 'Incident',
  'incident-settings': 'Incident settings',
  'alert-settings': 'Triage targets',
  'alert-action': 'Action from a triage finding',
  'remediation-deadlines': 'Remediation deadlines',
  'end-of-support-row': 'End-of-support row',
  'cyber-alert': 'NHS cyber alert',
  exercise: 'Exercise',
  'information-asset': 'Information asset',
  supplier: 'Supplier',
  'data-flow': 'Data flow',
  'register-action': 'Action from a register risk flag',
  'ropa-details': 'Record of processing details',
  dpia: 'Data protection impact assessment',
  directory: 'Directory',
  'directory-settings': 'Directory settings',
  'access-review': 'Access-review campaign',
  'access-review-item': 'Account in an access review',
  'access-review-action': 'Action from an access review',
  'training-course': 'Training course',
  'training-settings': 'Training settings',
  database: 'Database',
  installation: 'This installation of Bulwark',
  'audit-trail': 'Audit trail',
  // Failed sign-ins for an address with no account are kept under a hash of the address, never the address.
  'sign-in-name': 'Sign-in name',
};

/** The words for an action. One that is not in the table (a newer server wrote it) still reads as words. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? sentence(action.replace(/[.-]/g, ' '));
}

export function recordTypeLabel(entityType: string): string {
  return RECORD_TYPE_LABELS[entityType] ?? sentence(entityType.replace(/-/g, ' '));
}

/** "clientSecretChanged" or "client secret changed" → "Client secret changed". */
export function sentence(words: string): string {
  const spaced = words
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
