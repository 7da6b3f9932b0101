// The DPO's advice held on a DPIA, as the advice and sign-off pages show it: the words, who gave them
// and when, and whether the assessment has changed since (advice on an earlier version is kept, but
// the DPO must advise on the assessment as it now stands before it is signed off).
import { WarningCallout } from '../../../components/Content';
import { SummaryList } from '../../../components/SummaryList';
import { Heading, Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { DpiaDetail } from '../api/get-dpia';

/** The advice as written: each line a paragraph of its own. */
function Written({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <p className="nhsuk-body" key={index}>
            {line}
          </p>
        ))}
    </>
  );
}

export function DpiaAdviceGiven({ dpia, heading }: { dpia: DpiaDetail; heading: string }) {
  const advice = dpia.dpoAdvice;
  return (
    <section aria-labelledby="dpia-advice-given">
      <Heading id="dpia-advice-given">{heading}</Heading>
      {!advice ? (
        <Paragraph>The DPO has not given advice on this DPIA yet.</Paragraph>
      ) : (
        <>
          {advice.onEarlierVersion && (
            <WarningCallout heading="This advice is on an earlier version" headingLevel={3}>
              <Paragraph>The assessment has changed since the DPO gave it. The DPO advises on the assessment as it now stands before the DPIA can be signed off.</Paragraph>
            </WarningCallout>
          )}
          <SummaryList
            rows={[
              { key: 'Advice', value: <Written text={advice.advice} /> },
              { key: 'Given by', value: advice.by?.name ?? 'Not known' },
              { key: 'Given on', value: formatDateTime(advice.at) },
              { key: 'On', value: advice.onEarlierVersion ? 'An earlier version of the assessment' : 'The assessment as it now stands' },
            ]}
          />
        </>
      )}
    </section>
  );
}
