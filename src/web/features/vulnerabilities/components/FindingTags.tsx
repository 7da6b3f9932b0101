// A finding's severity, and whether the known exploited catalogue lists it and links it to
// ransomware, as tags.
import { Tag } from '../../../components/Tag';
import { SEVERITY_COLOURS, SEVERITY_LABELS, type Severity } from './words';

export function SeverityTag({ severity }: { severity: Severity }) {
  return <Tag colour={SEVERITY_COLOURS[severity]}>{SEVERITY_LABELS[severity]}</Tag>;
}

export function ExploitTags({ kevListed, knownRansomwareUse }: { kevListed: boolean; knownRansomwareUse: boolean }) {
  if (!kevListed) return <>Not listed</>;
  return (
    <>
      <Tag colour="red">Known exploited</Tag>
      {knownRansomwareUse && (
        <>
          {' '}
          <Tag colour="purple">Ransomware</Tag>
        </>
      )}
    </>
  );
}
