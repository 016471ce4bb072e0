import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { DistrictHome } from './home-district';
import { TownshipHome } from './home-township';
import { useHomePrefetch } from './use-home-prefetch';
import { isMonth, monthInShanghai } from '../../lib/month';

/**
 * The first screen after sign-in shows the caller's own figures: township
 * users their township's month, district users their district's townships.
 * Whoever belongs to a township (tenantId) is a township user, auditors included.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const requested = params.get('month');
  useHomePrefetch(isMonth(requested) ? requested : monthInShanghai(new Date()));

  if (me.isPending) return <Skeleton active />;
  if (me.isError) return <ErrorAlert title={t('error.unknown')} error={me.error} onRetry={() => void me.refetch()} />;

  const { data } = me;
  if (data.tenantId !== undefined) return <TownshipHome me={data} />;
  return <DistrictHome me={data} />;
}
