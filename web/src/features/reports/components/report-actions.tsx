import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useDownloadReport, type ReportKind } from '../api/download-report';

interface Props {
  kind: ReportKind;
  /** The API's query value: the week's date, the month or the year. */
  param: string;
  /** The period in the file name: the week's Monday, the month or the year. */
  period: string;
  printable?: boolean;
}

/** The report's Excel download (the API's workbook) and, for the annual report, printing. Hidden when printed. */
export function ReportActions({ kind, param, period, printable = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownloadReport();
  const onDownload = () =>
    download.mutate(
      { kind, param, period },
      { onError: (error) => void message.error(`${t('reports.exportFailed')}：${errorMessage(error, t)}`) },
    );
  return (
    <Flex gap={8} wrap className="no-print">
      <Button
        icon={<DownloadOutlined />}
        loading={download.isPending}
        onClick={onDownload}
        data-testid={`report-excel-${kind}`}
      >
        {download.isPending ? t('reports.exporting') : t('reports.excel')}
      </Button>
      {printable && (
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={`report-print-${kind}`}>
          {t('reports.print')}
        </Button>
      )}
    </Flex>
  );
}
