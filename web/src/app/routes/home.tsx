import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { claimedRole } from '../../features/auth/lib/claimed-role';
import { TownshipHome } from './home-township';
import { useHomePrefetch } from './use-home-prefetch';
import { isMonth, monthInShanghai } from '../../lib/month';
import { getToken } from '../../lib/session';
import { tokenClaims } from '../../lib/token-claims';

// District users only: their table of townships is not in the township user's first load. index.html asks for it
// with the home page when the token names no township (web/build/first-pages.ts), so it comes without a wait.
const DistrictHome = lazy(() => import('./home-district').then((m) => ({ default: m.DistrictHome })));

/**
 * The first screen after sign-in shows the caller's own figures: township
 * users their township's month, district users their district's townships.
 * Whoever belongs to a township (tenantId) is a township user, auditors included.
 * The page is drawn at once from the token's claims (which home, which role): headings and the month picker need
 * no data, so they do not wait for /api/me; the user's name fills in when it answers, and /api/me decides.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const requested = params.get('month');
  useHomePrefetch(isMonth(requested) ? requested : monthInShanghai(new Date()));

  if (me.isError) return <ErrorAlert title={t('error.unknown')} error={me.error} onRetry={() => void me.refetch()} />;
  const { data } = me;
  const claims = data ? undefined : tokenClaims(getToken());
  const role = data?.role ?? claimedRole();
  if (!role) return <Skeleton active />;

  const township = data ? data.tenantId !== undefined : claims?.tenant !== undefined;
  if (township) return <TownshipHome me={data} role={role} />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <DistrictHome me={data} />
    </Suspense>
  );
}
