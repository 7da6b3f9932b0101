// The asset, supplier, data flow or DPIA a flag or action is about, linked to its page. DPIAs have no
// page in the web app yet, so a DPIA is named without a link rather than sent to a page not found.
import { Link } from 'react-router';
import type { RiskFlag } from '../../../../contract/information-assets';
import { subjectPage } from './links';

const SUBJECT_WORDS = { asset: '', supplier: ' (supplier)', flow: ' (data flow)', dpia: ' (DPIA)' } as const;

export function SubjectLink({ orgId, subject }: { orgId: string; subject: RiskFlag['subject'] }) {
  return (
    <>
      {subject.kind === 'dpia' ? subject.name : <Link to={subjectPage(orgId, subject)}>{subject.name}</Link>}
      {SUBJECT_WORDS[subject.kind]}
    </>
  );
}
