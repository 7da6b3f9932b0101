// The DPIAs that cover an asset or a data flow, on its page: each linked to the DPIA's page, with
// where it stands.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { DpiaRef } from '../../../../contract/information-assets';
import { DpiaStateTag } from './DpiaTags';
import { dpiaName } from './dpia-words';
import { dpiaPage } from './links';

export function RecordDpias({ orgId, name, dpias }: { orgId: string; name: string; dpias: readonly DpiaRef[] }) {
  return (
    <section aria-labelledby="record-dpias">
      <Heading id="record-dpias" spaceAbove>
        Data protection impact assessments
      </Heading>
      {dpias.length === 0 ? (
        <Paragraph>No DPIA covers {name}.</Paragraph>
      ) : (
        <Table<DpiaRef>
          caption={`DPIAs covering ${name}`}
          captionHidden
          rows={[...dpias]}
          rowKey={(dpia) => dpia.id}
          columns={[
            { header: 'DPIA', rowHeader: true, cell: (dpia) => <Link to={dpiaPage(orgId, dpia.id)}>{dpiaName(dpia)}</Link> },
            { header: 'State', cell: (dpia) => <DpiaStateTag state={dpia.state} /> },
          ]}
        />
      )}
    </section>
  );
}
