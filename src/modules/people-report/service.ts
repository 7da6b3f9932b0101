// The people report: the staff register, training compliance and directory findings on one day, in
// one answer, as an auditor asks for them with a sample of names. Each part is its module's own report
// for the same instant; nothing is worked out twice here, only gathered and cut down to the figures and
// names (the full lists stay on each module's pages).
import type { PeopleReport } from '../../contract/people-report.js';
import type { Db } from '../../platform/db/database.js';
import { ukDateOf } from '../../platform/as-of.js';
import * as directory from '../directory/service.js';
import * as training from '../training/service.js';
import * as workforce from '../workforce/service.js';

export async function peopleReport(db: Db, organisation: { id: string; name: string }, asOf: Date): Promise<PeopleReport> {
  const [register, compliance, findings] = await Promise.all([
    workforce.listStaff(db, organisation.id, { page: 1, pageSize: 1 }, asOf),
    training.trainingCompliance(db, organisation.id, asOf),
    directory.findingsReport(db, organisation.id, asOf),
  ]);
  const { counts } = register;
  return {
    organisation: { id: organisation.id, name: organisation.name },
    asOf: asOf.toISOString(),
    day: ukDateOf(asOf),
    staff: { current: counts.current, newStarters: counts.new, futureStarters: counts.future, leavers: counts.leaver, total: counts.total },
    training: {
      targetPercent: compliance.targetPercent,
      overall: compliance.organisation,
      departments: compliance.departments,
      newStarters: { total: compliance.newStarters.total, inductionDone: compliance.newStarters.inductionDone, inductionNotDone: compliance.newStarters.inductionNotDone },
      inductionOnTime: { onTime: compliance.inductionOnTime.onTime, due: compliance.inductionOnTime.due, percent: compliance.inductionOnTime.percent },
      overdue: compliance.overdue.total,
      unmatched: {
        count: compliance.unmatched.length,
        records: compliance.unmatched.map((u) => ({ employeeNumber: u.employeeNumber, name: u.name, courseName: u.courseName, completedOn: u.completedOn })),
      },
    },
    accounts: {
      directories: findings.directories.map((d) => ({ name: d.name, kind: d.kind, lastImportAsOf: d.lastImportAsOf })),
      counts: findings.counts,
      findings: findings.findings.map((f) => ({
        key: f.key,
        severity: f.severity,
        title: f.title,
        count: f.count,
        accounts: f.items.map((i) => i.account?.name ?? i.owner?.name ?? ''),
      })),
    },
  };
}
