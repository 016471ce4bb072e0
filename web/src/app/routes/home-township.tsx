import { Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import type { Me, Role } from '../../features/auth/api/types';
import { UnitOpenCases } from '../../features/cases/components/unit-open-cases';
import { MonthlyOverview } from '../../features/reports/components/monthly-overview';
import { useTownship } from '../../features/tenancy/api/get-township';
import { isMonth, monthInShanghai } from '../../lib/month';
import { HomeHeader } from './home-header';

/**
 * A township user's home: the township's name and this month's figures.
 * The month lives in the URL (?month=2026-06) so a view can be shared or
 * reloaded. Unit reporters may not read township reports (403): they see
 * their unit's open cases instead. `me` is undefined until /api/me answers (the role comes from the token then).
 */
export function TownshipHome({ me, role }: { me: Me | undefined; role: Role }) {
  const { t } = useTranslation();
  const township = useTownship();
  const [params, setParams] = useSearchParams();
  const current = monthInShanghai(new Date());
  const requested = params.get('month');
  const month = isMonth(requested) ? requested : current;

  let place;
  if (township.isPending) place = <Skeleton.Input active size="large" />;
  else if (township.isError) place = t('app.name');
  else place = township.data.name;

  return (
    <Flex vertical gap={16}>
      <HomeHeader me={me} place={place} />
      {township.isError && (
        <ErrorAlert title={t('home.townshipFailed')} error={township.error} onRetry={() => void township.refetch()} />
      )}
      {role === 'unit_reporter' ? (
        <UnitOpenCases />
      ) : (
        <MonthlyOverview
          month={month}
          latestMonth={current}
          onMonthChange={(m) => setParams(m === current ? {} : { month: m }, { replace: true })}
        />
      )}
    </Flex>
  );
}
