// What a risk flag's action column shows: the action tracking it as a tag, linked to the actions
// page, or, for those who keep the register, a button that makes the flag an action. A refusal (the
// flag cleared meanwhile, or a colleague made it an action first) is said beside the button.
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { Tag } from '../../../components/Tag';
import { Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { RegisterFlag } from '../../../../contract/information-assets';
import { isApiError } from '../../../lib/api-client';
import { useAddRegisterAction } from '../api/add-register-action';
import { ACTION_STATUS_TAGS } from './flow-words';
import { registerActionsPage } from './links';
import { FLAG_RULE_LABELS } from './words';

export function FlagAction({ orgId, flag, manage, asOf }: { orgId: string; flag: RegisterFlag; manage: boolean; asOf?: string | undefined }) {
  const add = useAddRegisterAction(orgId);
  if (flag.actionStatus) {
    const tag = ACTION_STATUS_TAGS[flag.actionStatus];
    return (
      <Link to={registerActionsPage(orgId)} className="app-tag-link">
        <Tag colour={tag.colour}>{tag.text}</Tag>
        <VisuallyHidden>: see the actions</VisuallyHidden>
      </Link>
    );
  }
  if (!manage) return <>No action yet</>;
  return (
    <>
      <Button variant="secondary" small type="button" busy={add.isPending} onClick={() => add.mutate({ flagKey: flag.key, asOf })}>
        Make this an action
        <VisuallyHidden>
          : {FLAG_RULE_LABELS[flag.rule]}, {flag.subject.name}
        </VisuallyHidden>
      </Button>
      {add.isError && <Paragraph noMargin>{isApiError(add.error) ? add.error.detail : 'The action could not be made. Try again.'}</Paragraph>}
    </>
  );
}
