// The period at a glance, as cards: how many alerts and how many a day, how many were false
// positives, how fast they were triaged and closed, and how many breached their triage target.
import { CardGroup } from '../../../components/CardGroup';
import { Card, Figure } from '../../../components/Content';
import { Heading, SmallPrint } from '../../../components/Typography';
import type { AlertReport, DurationStats } from '../api/get-alert-report';
import { minutesWords, perDayWords, plural, shareWords } from './words';

function p90Words(stats: DurationStats): string {
  return stats.count === 0 ? 'None measured' : `90th percentile ${minutesWords(stats.p90Minutes)}, of ${plural(stats.count, 'alert')}`;
}

export function TotalsSection({ totals }: { totals: AlertReport['totals'] }) {
  const cards = [
    { key: 'alerts', heading: 'Alerts', figure: totals.alerts.toLocaleString('en-GB'), note: `${totals.open.toLocaleString('en-GB')} still open` },
    { key: 'per-day', heading: 'Alerts a day', figure: perDayWords(totals.alertsPerDay), note: 'On average over the period' },
    {
      key: 'false-positives',
      heading: 'False positives',
      figure: shareWords(totals.falsePositiveRate, 'None classified'),
      note: `Of ${plural(totals.classified, 'classified alert')}; benign positives ${shareWords(totals.benignRate, 'not measured')}`,
    },
    { key: 'triage', heading: 'Median time to triage', figure: minutesWords(totals.timeToTriage.medianMinutes), note: p90Words(totals.timeToTriage) },
    { key: 'close', heading: 'Median time to close', figure: minutesWords(totals.timeToClose.medianMinutes), note: p90Words(totals.timeToClose) },
    {
      key: 'breaches',
      heading: 'Triage target breaches',
      figure: totals.triageBreaches.toLocaleString('en-GB'),
      note: totals.alerts > 0 ? `${shareWords(totals.triageBreaches / totals.alerts)} of the alerts` : 'No alerts',
    },
  ];
  return (
    <>
      <Heading>The period at a glance</Heading>
      <CardGroup
        width="one-third"
        label="The period at a glance"
        items={cards.map((card) => ({
          key: card.key,
          content: (
            <Card heading={card.heading} headingLevel={3}>
              <Figure>{card.figure}</Figure>
              <SmallPrint>{card.note}</SmallPrint>
            </Card>
          ),
        }))}
      />
    </>
  );
}
