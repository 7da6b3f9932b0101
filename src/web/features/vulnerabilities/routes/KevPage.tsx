// The known exploited vulnerabilities catalogue held: which version it is and when it was released,
// then its entries a page at a time, latest added first, filtered by vendor, product or ransomware use.
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Loading, PageProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { type KevFilter, type KevList, useKevEntries } from '../api/get-kev-entries';

const PATH = '/known-exploited-vulnerabilities';

function linkTo(filter: KevFilter): string {
  const params = new URLSearchParams();
  if (filter.vendor) params.set('vendor', filter.vendor);
  if (filter.product) params.set('product', filter.product);
  if (filter.ransomwareOnly) params.set('ransomware', 'known');
  if (filter.page > 1) params.set('page', String(filter.page));
  return params.size ? `${PATH}?${params.toString()}` : PATH;
}

const day = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function KevPage() {
  const [params] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const filter: KevFilter = {
    vendor: params.get('vendor') || undefined,
    product: params.get('product') || undefined,
    ransomwareOnly: params.get('ransomware') === 'known',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const entries = useKevEntries(filter);
  usePageTitle('Known exploited vulnerabilities');

  if (entries.isPending) return <Loading>Loading the catalogue…</Loading>;
  if (entries.isError) return <PageProblem error={entries.error} />;
  const list = entries.data;
  return (
    <>
      <PageHeading>Known exploited vulnerabilities</PageHeading>
      <CatalogueSummary list={list} />
      {list.catalogue && <Filters filter={filter} total={list.total} />}
      {list.items.length > 0 && (
        <Table
          caption={`Entries ${(list.page - 1) * list.pageSize + 1} to ${(list.page - 1) * list.pageSize + list.items.length} of ${list.total}, latest added first`}
          rowKey={(e) => e.cveId}
          rows={list.items}
          columns={[
            { header: 'CVE', rowHeader: true, cell: (e) => e.cveId },
            { header: 'Vendor', cell: (e) => <Link to={linkTo({ vendor: e.vendor, ransomwareOnly: filter.ransomwareOnly, page: 1 })}>{e.vendor}</Link> },
            { header: 'Product', cell: (e) => <Link to={linkTo({ vendor: e.vendor, product: e.product, ransomwareOnly: filter.ransomwareOnly, page: 1 })}>{e.product}</Link> },
            { header: 'Added', cell: (e) => day(e.dateAdded) },
            { header: 'Due', cell: (e) => day(e.dueDate) },
            { header: 'Ransomware use', cell: (e) => (e.knownRansomwareUse ? <Tag colour="red">Known</Tag> : 'Not known') },
          ]}
        />
      )}
      <Pagination
        label="Catalogue pages"
        previous={filter.page > 1 ? { to: linkTo({ ...filter, page: filter.page - 1 }), text: `Page ${filter.page - 1}` } : undefined}
        next={filter.page * list.pageSize < list.total ? { to: linkTo({ ...filter, page: filter.page + 1 }), text: `Page ${filter.page + 1}` } : undefined}
      />
    </>
  );
}

function CatalogueSummary({ list }: { list: KevList }) {
  const c = list.catalogue;
  if (!c) {
    return <Paragraph>No catalogue has been imported yet. A system administrator imports CISA’s catalogue, as its CSV or JSON file, with bulwark import kev.</Paragraph>;
  }
  return (
    <Paragraph>
      CISA catalogue version {c.version}
      {c.versionPublished ? `, released ${day(c.releasedAt.slice(0, 10))}` : ` (from its latest date added; the CSV names no version)`}, with {c.entryCount} entries, the latest added on {day(c.latestDateAdded)}.
    </Paragraph>
  );
}

function Filters({ filter, total }: { filter: KevFilter; total: number }) {
  const narrowed = filter.vendor || filter.product || filter.ransomwareOnly;
  const what = [filter.vendor, filter.product].filter(Boolean).join(' ');
  return (
    <Paragraph>
      {narrowed ? `Showing ${total} ${total === 1 ? 'entry' : 'entries'}${what ? ` for ${what}` : ''}${filter.ransomwareOnly ? ' known to be used in ransomware campaigns' : ''}. ` : ''}
      {filter.ransomwareOnly ? (
        <Link to={linkTo({ ...filter, ransomwareOnly: false, page: 1 })}>Include those not known to be used in ransomware</Link>
      ) : (
        <Link to={linkTo({ ...filter, ransomwareOnly: true, page: 1 })}>Show only those known to be used in ransomware</Link>
      )}
      {narrowed && (
        <>
          {' · '}
          <Link to={PATH}>Show every entry</Link>
        </>
      )}
    </Paragraph>
  );
}
