// The asset, supplier, data flow or DPIA a flag or action is about, linked to its page.
import { Link } from 'react-router';
import type { RiskFlag } from '../../../../contract/information-assets';
import { subjectPage } from './links';

const SUBJECT_WORDS = { asset: '', supplier: ' (supplier)', flow: ' (data flow)', dpia: ' (DPIA)' } as const;

export function SubjectLink({ orgId, subject }: { orgId: string; subject: RiskFlag['subject'] }) {
  return (
    <>
      <Link to={subjectPage(orgId, subject)}>{subject.name}</Link>
      {SUBJECT_WORDS[subject.kind]}
    </>
  );
}
