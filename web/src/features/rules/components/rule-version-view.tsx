import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useExportRuleWorkbook } from '../api/export-rule-workbook';
import { useRuleVersion } from '../api/get-rule-version';
import { RuleSettings } from './rule-settings';
import { RuleTable } from './rule-table';

/** One published version whole: its name and date, the penalty rows, then everything below them. */
export function RuleVersionView({ versionId }: { versionId: string }) {
  const { t } = useTranslation();
  const version = useRuleVersion(versionId);
  const exporter = useExportRuleWorkbook();
  if (version.isPending) return <Skeleton active />;
  if (version.isError)
    return <ErrorAlert title={t('rules.loadFailed')} error={version.error} onRetry={() => void version.refetch()} />;
  const { ruleSet } = version.data;
  return (
    <Flex vertical gap={12} data-testid="rule-version-view">
      <Flex justify="space-between" align="start" gap={12}>
        <Flex vertical>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {version.data.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('rules.effectiveFrom', { date: formatDateZh(version.data.effectiveFrom) })}
          </Typography.Text>
        </Flex>
        <Button
          data-testid="rule-export-xlsx"
          loading={exporter.isPending}
          onClick={() =>
            exporter.mutate({ versionId, fileName: `${version.data.name}（${version.data.effectiveFrom}）` })
          }
        >
          {t('rules.excel.export')}
        </Button>
      </Flex>
      {exporter.isError && <ErrorAlert title={t('rules.excel.exportFailed')} error={exporter.error} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('rules.table')}
      </Typography.Title>
      <RuleTable rows={ruleSet.penaltyRows} />
      <Typography.Text type="secondary">{t('rules.tableNote')}</Typography.Text>
      <RuleSettings ruleSet={ruleSet} />
    </Flex>
  );
}
