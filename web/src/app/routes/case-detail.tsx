import { Breadcrumb, Flex, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { useCase } from '../../features/cases/api/get-case';
import { CaseDetailView } from '../../features/cases/components/case-detail-view';
import { ApiError } from '../../lib/api-error';

/** /cases/:id: one case; another unit's case (403) reads as not found, without saying whose it is. */
export function CaseDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const detail = useCase(id);
  const crumbs = (
    <Breadcrumb
      items={[{ title: <Link to="/cases">{t('cases.listTitle')}</Link> }, { title: detail.data?.case.category ?? '…' }]}
    />
  );
  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) {
    const status = detail.error instanceof ApiError ? detail.error.status : 0;
    if (status === 403 || status === 404) {
      return (
        <Result
          status="404"
          title={t('cases.detail.notFound')}
          extra={<Link to="/cases">{t('cases.detail.back')}</Link>}
          data-testid="case-not-found"
        />
      );
    }
    return (
      <ErrorAlert title={t('cases.detail.loadFailed')} error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  return (
    <Flex vertical gap={8}>
      {crumbs}
      <CaseDetailView detail={detail.data} role={me.data?.role} />
    </Flex>
  );
}
