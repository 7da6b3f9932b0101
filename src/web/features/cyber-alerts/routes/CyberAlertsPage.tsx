// The register of NHS cyber alerts: counts across it, the two overdue lists, and the alerts latest
// issued first, each with its state, whether it applies and what is overdue.
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag, TagList } from '../../../components/Tag';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { segment } from '../../../lib/api-client';
import { type CyberAlertFilter, type Overdue, useCyberAlerts } from '../api/cyber-alerts';
import { applicabilityInWords, overdueTags, SEVERITY_LABELS, STATE_COLOURS, STATE_LABELS } from '../components/alert-words';

const OVERDUE_WORDS: Record<Overdue, string> = { acknowledgement: 'Overdue to acknowledge', remediation: 'Overdue to remediate' };

export function CyberAlertsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params] = useSearchParams();
  const overdueParam = params.get('overdue');
  const page = Number(params.get('page') ?? '1');
  const filter: CyberAlertFilter = {
    overdue: overdueParam === 'acknowledgement' || overdueParam === 'remediation' ? overdueParam : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const alerts = useCyberAlerts(orgId, filter);
  usePageTitle(filter.overdue ? `Cyber alerts ${OVERDUE_WORDS[filter.overdue].toLowerCase()}` : 'Cyber alerts', organisation.data?.name);

  const base = `/orgs/${segment(orgId)}/cyber-alerts`;
  const linkTo = (f: CyberAlertFilter) => {
    const search = new URLSearchParams();
    if (f.overdue) search.set('overdue', f.overdue);
    if (f.page > 1) search.set('page', String(f.page));
    return search.size ? `${base}?${search.toString()}` : base;
  };

  if (organisation.isPending || alerts.isPending) return <Loading>Loading the cyber alerts…</Loading>;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'cyber-alert.read')) return <NotAllowed reason="Those who may read the organisation’s vulnerability findings may read its cyber alerts." />;
  if (alerts.isError) return <PageProblem error={alerts.error} />;
  const list = alerts.data;
  const { counts } = list;
  return (
    <>
      <PageHeading caption={organisation.data.name}>Cyber alerts</PageHeading>
      <Paragraph>The NHS cyber alerts this organisation has received: whether each applies to our systems, and our response. Each is to be acknowledged within 48 hours of issue.</Paragraph>
      {can(organisation.data, 'cyber-alert.manage') && <ButtonLink to={`${base}/new`}>Record an alert</ButtonLink>}
      <SummaryList
        rows={[
          { key: 'Open', value: String(counts.open) },
          { key: 'Overdue to acknowledge', value: <Link to={linkTo({ overdue: 'acknowledgement', page: 1 })}>{counts.acknowledgementOverdue}<span className="nhsuk-u-visually-hidden"> overdue to acknowledge: show them</span></Link> },
          { key: 'Overdue to remediate', value: <Link to={linkTo({ overdue: 'remediation', page: 1 })}>{counts.remediationOverdue}<span className="nhsuk-u-visually-hidden"> overdue to remediate: show them</span></Link> },
          { key: 'Awaiting a decision on whether they apply', value: String(counts.awaitingApplicability) },
        ]}
      />
      {filter.overdue && (
        <Paragraph>
          Showing the alerts {OVERDUE_WORDS[filter.overdue].toLowerCase()}. <Link to={base}>Show every alert</Link>
        </Paragraph>
      )}
      {list.items.length === 0 ? (
        <Paragraph>{filter.overdue ? 'No alert is on this list.' : 'No alerts have been recorded yet.'}</Paragraph>
      ) : (
        <Table
          caption={`${filter.overdue ? OVERDUE_WORDS[filter.overdue] : 'Alerts'}: ${list.total}, latest issued first`}
          rowKey={(a) => a.id}
          rows={list.items}
          columns={[
            { header: 'Reference', rowHeader: true, cell: (a) => <Link to={`${base}/${segment(a.id)}`}>{a.reference}</Link> },
            { header: 'Title', cell: (a) => a.title },
            { header: 'Severity', cell: (a) => SEVERITY_LABELS[a.severity] },
            { header: 'Issued', cell: (a) => formatDate(a.issuedAt) },
            { header: 'State', cell: (a) => <Tag colour={STATE_COLOURS[a.state]}>{STATE_LABELS[a.state]}</Tag> },
            { header: 'Applies', cell: (a) => applicabilityInWords(a) },
            { header: 'Overdue', cell: (a) => (overdueTags(a).length ? <TagList tags={overdueTags(a)} /> : 'No') },
          ]}
        />
      )}
      <Pagination
        label="Register pages"
        previous={filter.page > 1 ? { to: linkTo({ ...filter, page: filter.page - 1 }), text: `Page ${filter.page - 1}` } : undefined}
        next={filter.page * list.pageSize < list.total ? { to: linkTo({ ...filter, page: filter.page + 1 }), text: `Page ${filter.page + 1}` } : undefined}
      />
    </>
  );
}
