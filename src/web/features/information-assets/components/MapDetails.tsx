// Beside the map: what was chosen on it. A flow shows where it goes, what it carries, its bases, how
// it travels and its flags, with a link to its page; a place shows its flows, with a link to its page.
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { Heading, Paragraph } from '../../../components/Typography';
import type { FlowDetail } from '../api/get-flow';
import { EndLink } from './EndLink';
import { CLDC_BASIS_LABELS, carriedWords, LAWFUL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS, TRANSIT_ENCRYPTION_LABELS } from './flow-words';
import type { MapSelection } from './FlowMap';
import { assetPage, flowPage, supplierPage } from './links';
import { endKey } from './map-layout';
import { NODE_KIND_WORDS } from './map-words';
import { FLAG_RULE_LABELS } from './words';

export function MapDetails({ orgId, flows, selection }: { orgId: string; flows: FlowDetail[]; selection: MapSelection }) {
  return (
    <section className="app-flow-map__panel" aria-labelledby="map-details">
      <Heading level={2} size="s" id="map-details">
        Details
      </Heading>
      {/* Said when it changes, so choosing on the map is heard as well as seen. */}
      <div aria-live="polite">
        <Chosen orgId={orgId} flows={flows} selection={selection} />
      </div>
    </section>
  );
}

function Chosen({ orgId, flows, selection }: { orgId: string; flows: FlowDetail[]; selection: MapSelection }) {
  if (selection?.kind === 'flow') {
    const flow = flows.find((candidate) => candidate.id === selection.id);
    if (flow) return <FlowDetails orgId={orgId} flow={flow} />;
  }
  if (selection?.kind === 'node') {
    const named = flows.filter((flow) => endKey(flow.from) === selection.key || endKey(flow.to) === selection.key);
    const end = named.map((flow) => (endKey(flow.from) === selection.key ? flow.from : flow.to))[0];
    if (end) {
      const page = end.kind === 'asset' && end.id ? assetPage(orgId, end.id) : end.kind === 'supplier' && end.id ? supplierPage(orgId, end.id) : null;
      return (
        <>
          <Heading level={3} size="s">
            {end.name}
          </Heading>
          <Paragraph>{NODE_KIND_WORDS[end.kind]}. Its flows on the map:</Paragraph>
          <ul className="app-flow-map__flows">
            {named.map((flow) => (
              <li key={flow.id}>
                <Link to={flowPage(orgId, flow.id)}>{flow.name}</Link> ({endKey(flow.from) === selection.key ? `to ${flow.to.name}` : `from ${flow.from.name}`})
              </li>
            ))}
          </ul>
          {page && (
            <Paragraph>
              <Link to={page}>Open {end.name}</Link>
            </Paragraph>
          )}
        </>
      );
    }
  }
  return <Paragraph>Choose a flow or a place on the map to see its details here.</Paragraph>;
}

function FlowDetails({ orgId, flow }: { orgId: string; flow: FlowDetail }) {
  const notRecorded = 'Not recorded';
  return (
    <>
      <Heading level={3} size="s">
        {flow.name}
      </Heading>
      <Facts
        rows={[
          { key: 'From', value: <EndLink orgId={orgId} end={flow.from} /> },
          { key: 'To', value: <EndLink orgId={orgId} end={flow.to} /> },
          { key: 'Data', value: carriedWords(flow) },
          { key: 'Lawful basis', value: flow.lawfulBasis ? LAWFUL_BASIS_LABELS[flow.lawfulBasis] : notRecorded },
          ...(flow.specialCategoryData ? [{ key: 'Special category condition', value: flow.specialCategoryCondition ? SPECIAL_CATEGORY_CONDITION_LABELS[flow.specialCategoryCondition] : notRecorded }] : []),
          { key: 'CLDC basis', value: flow.cldcBasis ? CLDC_BASIS_LABELS[flow.cldcBasis] : notRecorded },
          { key: 'Encrypted in transit', value: TRANSIT_ENCRYPTION_LABELS[flow.encryptedInTransit] },
          {
            key: 'Risk flags',
            value: flow.flags.length ? (
              <ul className="app-flow-map__flows">
                {flow.flags.map((flag) => (
                  <li key={flag.key}>{FLAG_RULE_LABELS[flag.rule]}</li>
                ))}
              </ul>
            ) : (
              'None'
            ),
          },
        ]}
      />
      <Paragraph>
        <Link to={flowPage(orgId, flow.id)}>Open the data flow</Link>
      </Paragraph>
    </>
  );
}

/** Label above value: the panel is too narrow for the summary list's two columns. */
function Facts({ rows }: { rows: Array<{ key: string; value: ReactNode }> }) {
  return (
    <dl className="app-flow-map__facts">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
