// What the alert-triage pages ask the organisation's permissions for, in one place: the policy
// actions the alerts module declares.
export const ALERT_PERMISSIONS = {
  /** The report and the actions list. */
  read: 'alert.read',
  /** Importing alert files. */
  import: 'alert.import',
  /** The triage targets. */
  configure: 'alert.manage',
  /** Making findings into actions and changing them. */
  act: 'alert.manage',
} as const;
