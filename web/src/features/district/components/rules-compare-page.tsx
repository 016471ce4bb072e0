import {
  Alert,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Select,
  Skeleton,
  Space,
  Statistic,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh, formatYuan } from '../../../lib/format';
import { useComparison } from '../api/get-comparison';
import { useRulesCost } from '../api/get-rules-cost';
import type { Comparison, MixLine } from '../api/types';
import { lastTwelveMonths } from '../lib/use-period';
import { MixCosts } from './mix-costs';
import { MixEditor } from './mix-editor';
import { RuleGrid } from './rule-grid';

const typical = (c: Comparison): MixLine[] =>
  c.typicalMix.map(({ level, form, repeats, count }) => ({ level, form, repeats, count }));

/**
 * /district/rules?t=a,b: the chosen townships' rule tables side by side, and one set of visits priced under each.
 * The townships and the district's typical visits come from the last twelve months' comparison (statistics only).
 */
export function RulesComparePage() {
  const { t } = useTranslation();
  const window = useMemo(() => lastTwelveMonths(), []);
  const comparison = useComparison(window);
  const [params, setParams] = useSearchParams();

  if (comparison.isPending) return <Skeleton active />;
  if (comparison.isError)
    return (
      <ErrorAlert
        title={t('districtCompare.rules.loadFailed')}
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
      />
    );
  const townships = [...comparison.data.townships].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const known = new Set(townships.map((tw) => tw.townshipId));
  const asked = (params.get('t') ?? '').split(',').filter((id) => known.has(id));
  const chosen = asked.length > 0 ? asked : townships.slice(0, 2).map((tw) => tw.townshipId);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('districtCompare.rules.title')}
      </Typography.Title>
      <Card size="small">
        <Flex vertical gap={8}>
          <Typography.Text>{t('districtCompare.rules.pickHint')}</Typography.Text>
          <Select
            data-testid="district-rules-pick"
            mode="multiple"
            aria-label={t('districtCompare.rules.pick')}
            style={{ width: '100%', maxWidth: 640 }}
            value={chosen}
            maxCount={10}
            options={townships.map((tw) => ({ value: tw.townshipId, label: tw.name }))}
            onChange={(ids: string[]) => setParams(ids.length > 0 ? { t: ids.join(',') } : {})}
          />
        </Flex>
      </Card>
      {chosen.length === 0 ? (
        <Empty description={t('districtCompare.noTownships')} />
      ) : (
        <RulesComparison townshipIds={chosen} typicalMix={typical(comparison.data)} />
      )}
    </Flex>
  );
}

function RulesComparison({ townshipIds, typicalMix }: { townshipIds: string[]; typicalMix: MixLine[] }) {
  const { t } = useTranslation();
  const [mix, setMix] = useState<MixLine[] | undefined>(undefined);
  const [notified, setNotified] = useState(true);
  const visits = mix ?? typicalMix;
  const cost = useRulesCost({ townshipIds, notified, visits });

  if (cost.isPending) return <Skeleton active />;
  if (cost.isError)
    return (
      <ErrorAlert
        title={t('districtCompare.rules.loadFailed')}
        error={cost.error}
        onRetry={() => void cost.refetch()}
      />
    );
  const missing = cost.data.townships.filter((tw) => tw.version === null);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        {cost.data.townships.map((tw) => (
          <Tag key={tw.townshipId} color={tw.version ? 'blue' : 'default'}>
            {tw.name}
            {tw.version
              ? `：${tw.version.name}（${formatDateZh(tw.version.effectiveFrom)}）`
              : `：${t('districtCompare.rules.noVersion')}`}
          </Tag>
        ))}
      </Flex>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={missing.map((tw) => tw.name).join('、')}
          description={t('districtCompare.rules.noVersion')}
        />
      )}
      <Card size="small" title={t('districtCompare.rules.tableTitle')} extra={t('districtCompare.rules.diffNote')}>
        <RuleGrid cost={cost.data} />
      </Card>
      <Card size="small" title={t('districtCompare.rules.mixTitle')}>
        <Flex vertical gap={12}>
          <Space wrap>
            <Button onClick={() => setMix(undefined)} disabled={mix === undefined}>
              {t('districtCompare.rules.mixTypical')}
            </Button>
            <Switch checked={notified} onChange={setNotified} /> {t('districtCompare.rules.notified')}
          </Space>
          {!notified && (
            <Typography.Text type="secondary">{t('districtCompare.rules.notNotifiedNote')}</Typography.Text>
          )}
          {visits.length === 0 && (
            <Typography.Text type="secondary">{t('districtCompare.rules.mixEmpty')}</Typography.Text>
          )}
          {visits.length > 0 && (
            <Flex gap={32} wrap data-testid="district-mix-totals">
              {cost.data.townships
                .filter((tw) => tw.version !== null)
                .map((tw) => (
                  <Statistic key={tw.townshipId} title={tw.name} value={formatYuan(tw.mix.totalFen)} />
                ))}
            </Flex>
          )}
          <Collapse
            size="small"
            items={[
              {
                key: 'edit',
                label: t('districtCompare.rules.mixEdit', {
                  lines: visits.length,
                  count: visits.reduce((s, v) => s + v.count, 0),
                }),
                children: <MixEditor value={visits} onChange={setMix} />,
              },
            ]}
          />
          {visits.length > 0 && <MixCosts cost={cost.data} />}
          <Typography.Text type="secondary">{t('districtCompare.rules.costNote')}</Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}
