import { Alert, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useRuleDiff } from '../api/get-rule-diff';
import { useRuleVersion } from '../api/get-rule-version';
import type { PenaltyRow, RuleVersion } from '../api/types';
import { type CellKey, changedCells } from '../lib/row-cells';
import { RuleTable } from './rule-table';

function changedMap(rows: readonly PenaltyRow[], other: readonly PenaltyRow[], t: Parameters<typeof changedCells>[2]) {
  const byId = new Map(other.map((r) => [r.id, r]));
  const out = new Map<string, Set<CellKey>>();
  for (const row of rows) {
    const cells = changedCells(byId.get(row.id), row, t);
    if (cells.size > 0) out.set(row.id, cells);
  }
  return out;
}

function Side({
  title,
  version,
  changed,
}: {
  title: string;
  version: RuleVersion;
  changed: Map<string, Set<CellKey>>;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>
        {title}：{version.name}（{t('rules.effectiveFrom', { date: formatDateZh(version.effectiveFrom) })}）
      </Typography.Text>
      <RuleTable
        rows={version.ruleSet.penaltyRows}
        changed={changed}
        testId={`rule-diff-${title === t('rules.diff.from') ? 'from' : 'to'}`}
      />
    </Flex>
  );
}

/** Two published versions side by side; every cell that differs (matched by row id) is highlighted on both sides. */
export function RuleDiffView({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const a = useRuleVersion(from);
  const b = useRuleVersion(to);
  const diff = useRuleDiff(from, to);
  if (a.isPending || b.isPending || diff.isPending) return <Skeleton active />;
  const error = a.error ?? b.error ?? diff.error;
  if (error || !a.data || !b.data || !diff.data) return <ErrorAlert title={t('rules.loadFailed')} error={error} />;
  const rowsA = a.data.ruleSet.penaltyRows;
  const rowsB = b.data.ruleSet.penaltyRows;
  const d = diff.data;
  const rowChanges = d.added.length + d.removed.length + d.changed.length;
  const same = rowChanges === 0 && d.settingsChanged.length === 0;
  return (
    <Flex vertical gap={12} data-testid="rule-diff">
      {same ? (
        <Alert type="success" showIcon title={t('rules.diff.same')} data-testid="rule-diff-same" />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="rule-diff-summary"
          title={t('rules.diff.changedRows', { count: rowChanges })}
          description={
            <Flex vertical gap={4}>
              <Flex gap={4} wrap>
                {d.added.map((r) => (
                  <Tag key={`+${r.rowId}`} color="green">
                    {t('rules.diff.added')} {r.rowId}
                  </Tag>
                ))}
                {d.removed.map((r) => (
                  <Tag key={`-${r.rowId}`} color="red">
                    {t('rules.diff.removed')} {r.rowId}
                  </Tag>
                ))}
                {d.changed.map((r) => (
                  <Tag key={`~${r.rowId}`} color="gold">
                    {r.rowId}：{r.fields.join('、')}
                  </Tag>
                ))}
              </Flex>
              {d.settingsChanged.length > 0 && (
                <span>{t('rules.diff.settingsChanged', { list: d.settingsChanged.join('、') })}</span>
              )}
            </Flex>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xxl={12}>
          <Side title={t('rules.diff.from')} version={a.data} changed={changedMap(rowsA, rowsB, t)} />
        </Col>
        <Col xs={24} xxl={12}>
          <Side title={t('rules.diff.to')} version={b.data} changed={changedMap(rowsB, rowsA, t)} />
        </Col>
      </Row>
    </Flex>
  );
}
