// An invitation or reset link just made: shown once to copy, saying whether it was also emailed.
// When the email could not be sent, a warning says so, and the administrator sends the link instead.
import type { LinkDelivery } from '../../../../contract/account-links';
import { WarningCallout } from '../../../components/Content';
import { ShownOnce } from '../../../components/ShownOnce';
import { Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';

export interface DeliveredLinkProps {
  heading: string;
  headingLevel: 2 | 3 | 4;
  link: string;
  expiresAt: string;
  delivery: LinkDelivery;
  /** Who it is for, in words ("Sam Jones"), and where it was emailed. */
  person: string;
  email: string;
}

export function DeliveredLink({ heading, headingLevel, link, expiresAt, delivery, person, email }: DeliveredLinkProps) {
  const until = `It works once, until ${formatDateTime(expiresAt)}.`;
  return (
    <>
      {delivery === 'failed' && (
        <WarningCallout headingLevel={headingLevel === 2 ? 2 : 3} heading="The email could not be sent">
          <Paragraph>Bulwark could not email this link to {email}. Copy it below and send it to {person} yourself.</Paragraph>
        </WarningCallout>
      )}
      <ShownOnce headingLevel={headingLevel} heading={heading} value={link} what="link">
        {delivery === 'sent'
          ? `We have emailed this link to ${email}. You can also copy it and send it to ${person} another way. ${until} It will not be shown again.`
          : `Send this link to ${person} by email or another route you trust. ${until} Copy it now: it will not be shown again.`}
      </ShownOnce>
    </>
  );
}
