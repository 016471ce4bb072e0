import { Alert, Breadcrumb, Button, Flex, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { useCase } from '../../features/cases/api/get-case';
import { CaseDetailView } from '../../features/cases/components/case-detail-view';
import { ApiError } from '../../lib/api-error';

/** The query code the registration page passes on (shown once, never stored in the clear). */
function queryCodeFrom(state: unknown): { queryCode: string; issuedAt: string } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { queryCode, issuedAt } = state as Record<string, unknown>;
  return typeof queryCode === 'string' && typeof issuedAt === 'string' ? { queryCode, issuedAt } : undefined;
}

/** /cases/:id: one case; another unit's case (403) reads as not found, without saying whose it is. */
export function CaseDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const detail = useCase(id);
  const location = useLocation();
  const navigate = useNavigate();
  const issued = queryCodeFrom(location.state);
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
      {issued ? (
        <Alert
          type="success"
          showIcon
          data-testid="new-query-code"
          title={t('cases.new.queryCode', { code: issued.queryCode })}
          description={t('cases.new.queryCodeHint')}
          action={
            <Button
              size="small"
              onClick={() => void navigate(`/cases/${encodeURIComponent(id)}/query-code`, { state: issued })}
            >
              {t('cases.new.printReceipt')}
            </Button>
          }
        />
      ) : null}
      <CaseDetailView detail={detail.data} role={me.data?.role} />
    </Flex>
  );
}
