import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import { LEVELS, type TownshipFigures as Figures } from '../api/types';
import { RateText } from './rate-text';

const oneDecimal = (n: number | null) => (n === null ? '—' : (Math.round(n * 10) / 10).toString());

/** One township's aggregates over the period: counts, rates and money; no case and no petitioner. */
export function TownshipFigures({ figures: f }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'zh-CN');
  const { target } = f.visits;
  return (
    <Descriptions
      data-testid="district-township-figures"
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'onTime',
          label: t('districtCompare.col.onTimeResolution'),
          children: <RateText rate={f.onTimeResolution} />,
        },
        {
          key: 'satisfaction',
          label: t('districtCompare.col.satisfaction'),
          children: <RateText rate={f.satisfaction} />,
        },
        {
          key: 'acceptance',
          label: t('districtCompare.col.onTimeAcceptance'),
          children: <RateText rate={f.onTimeAcceptance} />,
        },
        {
          key: 'cases',
          label: t('districtCompare.township.cases'),
          children: `${f.cases.registered}/${f.cases.accepted}/${f.cases.resolved}`,
        },
        { key: 'visits', label: t('districtCompare.col.visits'), children: f.visits.total },
        { key: 'headcount', label: t('districtCompare.township.headcount'), children: f.visits.headcount },
        {
          key: 'levels',
          label: t('districtCompare.township.levels'),
          children: LEVELS.map((l) => `${t(`level.${l}`)} ${f.visits.byLevel[l]}`).join('，'),
        },
        {
          key: 'forms',
          label: t('districtCompare.township.forms'),
          children: `${t('form.individual')} ${f.visits.byForm.individual}，${t('form.collective')} ${f.visits.byForm.collective}`,
        },
        {
          key: 'target',
          label: t('districtCompare.col.target', { pct: target.reductionPct }),
          children:
            target.met === null || target.targetVisits === null ? (
              t('districtCompare.targetNone')
            ) : (
              <Tag color={target.met ? 'green' : 'red'}>
                {t(target.met ? 'districtCompare.targetMet' : 'districtCompare.targetMissed', {
                  n: target.targetVisits,
                })}
              </Tag>
            ),
        },
        { key: 'escalation', label: t('districtCompare.col.escalation'), children: <RateText rate={f.escalation} /> },
        { key: 'repeat', label: t('districtCompare.col.repeat'), children: <RateText rate={f.repeat} /> },
        { key: 'backlogStart', label: t('districtCompare.township.backlogStart'), children: f.backlog.openAtStart },
        { key: 'backlogEnd', label: t('districtCompare.township.backlogEnd'), children: f.backlog.openAtEnd },
        {
          key: 'backlogCleared',
          label: t('districtCompare.township.backlogCleared'),
          children: f.backlog.clearedInPeriod,
        },
        {
          key: 'zero',
          label: t('districtCompare.township.clearedToZero'),
          children: t(f.backlog.clearedToZero ? 'districtCompare.township.yes' : 'districtCompare.township.no'),
        },
        { key: 'fines', label: t('districtCompare.col.fines'), children: formatYuan(f.money.finesFen) },
        { key: 'rewards', label: t('districtCompare.col.rewards'), children: formatYuan(f.money.rewardsFen) },
        { key: 'vetoes', label: t('districtCompare.col.vetoes'), children: f.money.vetoes },
        {
          key: 'population',
          label: t('districtCompare.township.population'),
          children: t('districtCompare.township.populationValue', { value: numbers.format(f.population) }),
        },
        { key: 'per10k', label: t('districtCompare.col.per10k'), children: oneDecimal(f.perTenThousand.visits) },
        {
          key: 'per10kFines',
          label: t('districtCompare.township.per10kFines'),
          children: f.perTenThousand.finesFen === null ? '—' : formatYuan(Math.round(f.perTenThousand.finesFen)),
        },
      ]}
    />
  );
}
