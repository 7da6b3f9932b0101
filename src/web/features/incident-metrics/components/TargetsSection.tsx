// How incidents of each severity stood against the organisation's targets: met, missed (open ones
// already past the target included), still within the target, or impossible to judge for want of a
// start time. A table per interval, each row with a small bar of the same figures.
import { Fragment } from 'react';
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { TargetOutcome } from '../api/get-incident-metrics';
import { ChartKey } from '../../../components/ColumnChart';
import { StackedBar } from './StackedBar';
import { durationWords, METRIC_LABELS, SEVERITY_LABELS, SEVERITY_ORDER, TARGET_METRIC_ORDER } from './words';

const PARTS = [
  { key: 'met', fill: 'met', text: 'Met' },
  { key: 'missed', fill: 'missed', text: 'Missed' },
  { key: 'pending', fill: 'pending', text: 'Still within target' },
  { key: 'unknown', fill: 'unknown', text: 'Cannot tell' },
] as const;

export function targetBarLabel(outcome: TargetOutcome): string {
  const total = outcome.met + outcome.missed + outcome.pending + outcome.unknown;
  if (total === 0) return 'No incidents of this severity';
  return `Of ${total}: ${PARTS.map((part) => `${outcome[part.key]} ${part.text.toLowerCase()}`).join(', ')}`;
}

export function TargetsSection({ targets, settingsLink }: { targets: readonly TargetOutcome[]; settingsLink: string | undefined }) {
  const metrics = TARGET_METRIC_ORDER.filter((metric) => targets.some((outcome) => outcome.metric === metric));
  return (
    <>
      <Heading spaceAbove>Targets met</Heading>
      <Paragraph>
        Each incident against the target for its severity. “Still within target” means it has not reached that point yet and still has time; “cannot tell” means it lacks the time the
        interval starts from, or was closed without reaching that point.
        {settingsLink && (
          <>
            {' '}
            <Link to={settingsLink}>Change the targets</Link>
          </>
        )}
      </Paragraph>
      <ChartKey entries={PARTS.map((part) => ({ fill: part.fill, text: part.text }))} />
      {metrics.map((metric) => {
        const rows = SEVERITY_ORDER.map((severity) => targets.find((outcome) => outcome.metric === metric && outcome.severity === severity)).filter(
          (outcome): outcome is TargetOutcome => outcome !== undefined,
        );
        return (
          <Fragment key={metric}>
            <Heading level={3}>
              {METRIC_LABELS[metric]}
            </Heading>
            <Table<TargetOutcome>
              caption={`${METRIC_LABELS[metric]}: incidents against the target for their severity`}
              captionHidden
              rows={rows}
              rowKey={(row) => row.severity}
              columns={[
                { header: 'Severity', rowHeader: true, cell: (row) => SEVERITY_LABELS[row.severity] },
                { header: 'Target', numeric: true, cell: (row) => durationWords(row.targetHours) },
                ...PARTS.map((part) => ({ header: part.text, numeric: true, cell: (row: TargetOutcome) => row[part.key].toLocaleString('en-GB') })),
                {
                  header: 'As a bar',
                  cell: (row: TargetOutcome) => <StackedBar label={targetBarLabel(row)} segments={PARTS.map((part) => ({ key: part.key, fill: part.fill, value: row[part.key] }))} />,
                },
              ]}
            />
          </Fragment>
        );
      })}
    </>
  );
}
