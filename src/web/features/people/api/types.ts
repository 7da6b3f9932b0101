// A person's membership of an organisation, as the members API returns it.
export type { Member } from '../../../../contract/accounts';
