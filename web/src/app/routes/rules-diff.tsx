import { Card, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { formatDateZh } from '../../lib/format';
import { useRuleVersions } from '../../features/rules/api/get-rule-versions';
import { RuleDiffView } from '../../features/rules/components/rule-diff-view';

/** /rules/diff?from=…&to=…: two versions side by side; by default the one in force against the one before it. */
export function RulesDiffRoute() {
  const { t } = useTranslation();
  const versions = useRuleVersions();
  const [params, setParams] = useSearchParams();
  if (versions.isPending) return <Skeleton active />;
  if (versions.isError) return <ErrorAlert title={t('rules.loadFailed')} error={versions.error} />;
  const items = versions.data.items;
  const known = (id: string | null) => (id !== null && items.some((v) => v.versionId === id) ? id : undefined);
  const inForce = items.findIndex((v) => v.versionId === versions.data.inForceId);
  const to = known(params.get('to')) ?? items[inForce >= 0 ? inForce : items.length - 1]?.versionId;
  const toIndex = items.findIndex((v) => v.versionId === to);
  const from = known(params.get('from')) ?? items[Math.max(0, toIndex - 1)]?.versionId;
  const options = items.map((v) => ({ value: v.versionId, label: `${formatDateZh(v.effectiveFrom)} ${v.name}` }));
  const pick = (key: 'from' | 'to', value: string) => {
    const next = { from: from ?? '', to: to ?? '', [key]: value };
    setParams(next);
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.diff.title')}
        </Typography.Title>
        <Link to="/rules">{t('rules.editor.backToRules')}</Link>
      </Flex>
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <span>{t('rules.diff.from')}</span>
          <Select
            data-testid="rule-diff-pick-from"
            style={{ minWidth: 320 }}
            value={from}
            options={options}
            onChange={(v) => pick('from', v)}
          />
          <span>{t('rules.diff.to')}</span>
          <Select
            data-testid="rule-diff-pick-to"
            style={{ minWidth: 320 }}
            value={to}
            options={options}
            onChange={(v) => pick('to', v)}
          />
        </Flex>
      </Card>
      {from && to ? <RuleDiffView from={from} to={to} /> : <Empty description={t('rules.diff.pick')} />}
    </Flex>
  );
}
