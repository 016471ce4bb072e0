import { Alert, Button, DatePicker, Flex, Statistic, Steps, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh, formatYuan } from '../../../lib/format';
import { useWhatIf } from '../api/run-what-if';
import type { RuleDraft } from '../api/types';
import { WhatIfTable } from './what-if-table';
import { todayValue } from '../../../lib/today';

interface Props {
  draftId: string;
  /** Saves unsaved edits first (the API re-scores the saved draft); resolves to the draft as saved. */
  ensureSaved: () => Promise<RuleDraft>;
}

type Stage = 'idle' | 'saving' | 'evaluating' | 'done';

/** Re-scores a chosen period under the draft: per person and per unit, before, after and the difference. */
export function WhatIfPanel({ draftId, ensureSaved }: Props) {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [todayValue().startOf('year'), todayValue()]);
  const [stage, setStage] = useState<Stage>('idle');
  const whatIf = useWhatIf(draftId);

  const run = async () => {
    setStage('saving');
    try {
      await ensureSaved();
      setStage('evaluating');
      await whatIf.mutateAsync({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
    } finally {
      setStage('done');
    }
  };

  const running = stage === 'saving' || stage === 'evaluating';
  const result = running ? undefined : whatIf.data;
  const persons = result?.persons.map((p) => ({
    key: p.personId,
    name: p.name,
    beforeFen: p.beforeFen,
    afterFen: p.afterFen,
    deltaFen: p.deltaFen,
  }));
  const units = result?.units.map((u) => ({
    key: u.unitId,
    name: u.name,
    beforeFen: u.beforeFen,
    afterFen: u.afterFen,
    deltaFen: u.deltaFen,
  }));
  return (
    <Flex vertical gap={12} data-testid="rule-what-if">
      <Flex gap={12} align="center" wrap>
        <span>{t('rules.whatIf.period')}</span>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Button
          type="primary"
          ghost
          loading={running}
          data-testid="rule-what-if-run"
          onClick={() => void run().catch(() => undefined)}
        >
          {t('rules.whatIf.run')}
        </Button>
      </Flex>
      {running && (
        <Steps
          data-testid="rule-what-if-progress"
          size="small"
          current={stage === 'saving' ? 0 : 1}
          items={[
            { title: t('rules.whatIf.saving') },
            { title: t('rules.whatIf.evaluating') },
            { title: t('rules.whatIf.comparing') },
          ]}
        />
      )}
      {whatIf.isError && !running && <ErrorAlert title={t('rules.whatIf.failed')} error={whatIf.error} />}
      {result && persons && units && (
        <Flex vertical gap={12} data-testid="rule-what-if-result">
          <Flex gap={32} wrap>
            <Statistic
              title={`${t('rules.whatIf.total')}（${t('rules.whatIf.before')}）`}
              value={formatYuan(result.totals.beforeFen)}
            />
            <Statistic
              title={`${t('rules.whatIf.total')}（${t('rules.whatIf.after')}）`}
              value={formatYuan(result.totals.afterFen)}
            />
            <Statistic
              title={t('rules.whatIf.delta')}
              value={`${result.totals.deltaFen > 0 ? '+' : ''}${formatYuan(result.totals.deltaFen)}`}
            />
          </Flex>
          {result.replacedVersionIds.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('rules.whatIf.replaced', { date: formatDateZh(result.effectiveFrom) })}
            />
          )}
          {persons.length === 0 ? (
            <Alert type="success" showIcon title={t('rules.whatIf.noChange')} />
          ) : (
            <Tabs
              items={[
                {
                  key: 'persons',
                  label: t('rules.whatIf.persons'),
                  children: <WhatIfTable lines={persons} testId="rule-what-if-persons" />,
                },
                {
                  key: 'units',
                  label: t('rules.whatIf.units'),
                  children: <WhatIfTable lines={units} testId="rule-what-if-units" />,
                },
              ]}
            />
          )}
        </Flex>
      )}
    </Flex>
  );
}
