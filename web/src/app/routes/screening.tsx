import { Skeleton } from 'antd';
import { useMe } from '../../features/auth/api/get-me';
import { ScreeningPage } from '../../features/screening/components/screening-page';

/** `/screening` (lazy): a unit reporter files its unit's ledger; township roles see who is missing. */
export function ScreeningRoute() {
  const me = useMe();
  if (!me.data) return <Skeleton active />;
  return <ScreeningPage unitId={me.data.role === 'unit_reporter' ? me.data.unitId : undefined} />;
}
