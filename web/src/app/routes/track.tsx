import { Alert, Button, Flex, Layout, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api-error';
import { useTrackCase } from '../../features/track/api/track-case';
import { CaseProgress } from '../../features/track/components/case-progress';
import { TrackCodeForm } from '../../features/track/components/track-code-form';
import { LanguageSwitch } from '../layout/language-switch';

/** The code lives in the fragment (`/track#code=…`, as the receipt's QR code has it): browsers never send it to a server. */
function codeFromHash(hash: string): string | undefined {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('code')?.trim();
  return code ? code : undefined;
}

/**
 * /track: the petitioner's own page, public and phone-first. A query code shows one case's progress; the page
 * never shows a person's name, another case or anything of the accountability ledger.
 */
export function TrackRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const code = codeFromHash(location.hash);
  const tracked = useTrackCase(code);
  const lookUp = (next: string) =>
    void navigate({ hash: new URLSearchParams({ code: next }).toString() }, { replace: true });
  const status = tracked.error instanceof ApiError ? tracked.error.status : undefined;

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Header
        style={{
          background: '#fff',
          borderBottom: '3px solid #b71c1c',
          paddingInline: 16,
          height: 56,
          lineHeight: '56px',
        }}
      >
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Typography.Text strong style={{ color: '#b71c1c', fontSize: 16 }}>
            {t('track.title')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 560, width: '100%', margin: '0 auto' }}>
        <Flex vertical gap={16}>
          {tracked.data && code ? (
            <>
              <CaseProgress code={code} view={tracked.data} />
              <Button onClick={() => void navigate('/track', { replace: true })} data-testid="track-again">
                {t('track.again')}
              </Button>
            </>
          ) : (
            <>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('track.intro')}</Typography.Paragraph>
              <TrackCodeForm
                key={code ?? ''}
                {...(code ? { initialCode: code } : {})}
                loading={tracked.isFetching}
                onSubmit={lookUp}
              />
              {tracked.isFetching && <Spin />}
              {status === 404 && (
                <Alert type="warning" showIcon title={t('track.notFound')} data-testid="track-not-found" />
              )}
              {status === 429 && <Alert type="warning" showIcon title={t('track.tooMany')} />}
              {tracked.isError && status !== 404 && status !== 429 && (
                <ErrorAlert title={t('track.title')} error={tracked.error} />
              )}
            </>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('track.privacy')}
          </Typography.Text>
        </Flex>
      </Layout.Content>
    </Layout>
  );
}
