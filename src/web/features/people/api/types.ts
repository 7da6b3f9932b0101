// A person's membership of an organisation, as the members API returns it.
export interface Member {
  userId: string;
  email: string;
  name: string;
  status: 'active' | 'deactivated';
  lastLoginAt: string | null;
  roles: string[];
  version: number;
}
