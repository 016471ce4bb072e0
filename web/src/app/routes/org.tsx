import { OrgPage } from '../../features/org/components/org-page';
import { useMe } from '../../features/auth/api/get-me';

/** `/org` (lazy): the org chart; only the township admin edits and imports. */
export function OrgRoute() {
  const me = useMe();
  return <OrgPage isAdmin={me.data?.role === 'township_admin'} />;
}
