import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueryCodeIssued } from '../api/reissue-query-code';
import './receipt-print.css';

/** The tracking URL a QR code holds: the code in the fragment, which the browser keeps to itself. */
export function trackingUrl(queryCode: string): string {
  return `${window.location.origin}/track#${new URLSearchParams({ code: queryCode }).toString()}`;
}

/**
 * The receipt handed to the petitioner: the query code, a QR code of the tracking URL (drawn here by antd, nothing
 * fetched), and how to use it. Printing prints this card alone (receipt-print.css).
 */
export function QueryCodeReceipt({ issued }: { issued: QueryCodeIssued }) {
  const { t, i18n } = useTranslation();
  const url = trackingUrl(issued.queryCode);
  const issuedAt = new Date(issued.issuedAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' });
  return (
    <Card className="query-code-receipt" data-testid="query-code-receipt" style={{ maxWidth: 520 }}>
      <Flex vertical align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('queryCode.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('queryCode.code')}</Typography.Text>
        <Typography.Text
          strong
          copyable={{ text: issued.queryCode }}
          style={{ fontSize: 26, fontFamily: 'monospace', letterSpacing: 2 }}
          data-testid="query-code-value"
        >
          {issued.queryCode}
        </Typography.Text>
        <QRCode value={url} type="svg" size={180} bordered={false} color="#000" bgColor="#fff" />
        <Typography.Paragraph style={{ marginBottom: 0, textAlign: 'center' }}>
          {t('queryCode.howTo', { url: `${window.location.origin}/track` })}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('queryCode.issuedAt', { at: issuedAt })}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
          {t('queryCode.keepSafe')}
        </Typography.Paragraph>
        <Button
          className="no-print"
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="query-code-print"
        >
          {t('queryCode.print')}
        </Button>
      </Flex>
    </Card>
  );
}
