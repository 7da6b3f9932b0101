// Each organisation's training settings, and ours until it saves its own. Pure.
import type { TrainingSettingsValues } from '../../../contract/training.js';

/**
 * 95%: the share the DSPT long asked to be trained each year. 28 days: the staff register's induction
 * window. Nobody is security staff until the organisation says who is. 20 CPD hours a year is our
 * starting point, not an official figure.
 */
export const DEFAULT_TRAINING_SETTINGS: TrainingSettingsValues = {
  targetPercent: 95,
  inductionDays: 28,
  securityStaff: { departments: [], staffGroups: [], employeeNumbers: [] },
  cpdHoursPerYear: 20,
};

/** Saved settings over ours: a field a saved set lacks (added since) takes our value. */
export function settingsFrom(saved: Partial<TrainingSettingsValues> | null): TrainingSettingsValues {
  return { ...DEFAULT_TRAINING_SETTINGS, ...(saved ?? {}), securityStaff: { ...DEFAULT_TRAINING_SETTINGS.securityStaff, ...(saved?.securityStaff ?? {}) } };
}
