import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useNotices } from '../../features/ledger/api/get-notices';
import { NoticePrint } from '../../features/ledger/components/notice-print';
import { useTownship } from '../../features/tenancy/api/get-township';

/** /ledger/print?period=…[&notice=…]: a period's notices (or one) as printable documents. */
export function LedgerPrintRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const period = params.get('period') ?? '';
  const only = params.get('notice');
  const notices = useNotices(period);
  const township = useTownship();
  if (notices.isPending) return <Skeleton active />;
  if (notices.isError)
    return <ErrorAlert title={t('ledger.loadFailed')} error={notices.error} onRetry={() => void notices.refetch()} />;
  const items = notices.data.items.filter((n) => !only || n.noticeId === only);
  return <NoticePrint notices={items} townshipName={township.data?.name ?? ''} />;
}
