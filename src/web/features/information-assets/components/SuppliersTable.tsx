// The suppliers as a table, by name: each one's name (a link to it), when its contract ends, its DSPT
// status, its certifications with their expiry, how many live assets depend on it, and its flags.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { BulletList } from '../../../components/Typography';
import type { SupplierDetail } from '../api/get-supplier';
import { FlagCountTags } from './FlagTags';
import { supplierPage } from './links';
import { certificationWords, dsptWords } from './supplier-facts';
import { dayWords } from './words';

export function SuppliersTable({ orgId, suppliers, caption }: { orgId: string; suppliers: SupplierDetail[]; caption: string }) {
  return (
    <Table<SupplierDetail>
      caption={caption}
      captionHidden
      rows={suppliers}
      rowKey={(supplier) => supplier.id}
      columns={[
        { header: 'Name', rowHeader: true, width: 'one-quarter', cell: (supplier) => <Link to={supplierPage(orgId, supplier.id)}>{supplier.name}</Link> },
        { header: 'Contract ends', cell: (supplier) => dayWords(supplier.contractEndsOn) },
        { header: 'DSPT status', cell: (supplier) => dsptWords(supplier) },
        {
          header: 'Certifications',
          width: 'one-quarter',
          cell: (supplier) =>
            supplier.certifications.length === 0
              ? 'None recorded'
              : (
                <BulletList>
                  {supplier.certifications.map((certification, index) => (
                    // A supplier's certifications have no id; their order is as saved.
                    <li key={index}>{certificationWords(certification)}</li>
                  ))}
                </BulletList>
              ),
        },
        { header: 'Dependent assets', numeric: true, cell: (supplier) => supplier.assets.length.toLocaleString('en-GB') },
        { header: 'Risk flags', cell: (supplier) => <FlagCountTags flags={supplier.flags} of={supplier.name} /> },
      ]}
    />
  );
}
