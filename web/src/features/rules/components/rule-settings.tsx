import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleSet } from '../api/types';
import { sanctionsText } from '../lib/rule-text';
import { fenToYuanText } from '../../../lib/yuan';

/** Everything below the penalty rows: modifiers, veto, rewards, payment terms, deadlines and targets. */
export function RuleSettings({ ruleSet }: { ruleSet: RuleSet }) {
  const { t } = useTranslation();
  const { modifiers, veto, rewards, payment, deadlines, targets } = ruleSet;
  const yuan = fenToYuanText;
  const vetoTargets = [
    veto.targetsUnits && t('rules.settings.vetoUnits'),
    veto.targetsMainPersons && t('rules.settings.vetoPersons'),
  ]
    .filter(Boolean)
    .join('、');
  const goals = [
    t('rules.settings.targetsValue', { pct: targets.visitReductionPct }),
    targets.backlogZero && t('rules.settings.backlogZero'),
    targets.modelTownship && t('rules.settings.modelTarget'),
  ].filter(Boolean);
  const items = [
    {
      key: 'counting',
      label: t('rules.settings.counting'),
      children: t(ruleSet.repeatCounting === 'same_level' ? 'rules.settings.sameLevel' : 'rules.settings.allLevels'),
    },
    {
      key: 'collective',
      label: t('rules.settings.collective'),
      children: t('rules.settings.collectiveValue', { n: ruleSet.collectiveThreshold }),
    },
    {
      key: 'noNotice',
      label: t('rules.settings.noNotice'),
      children: t('rules.settings.noNoticeValue', {
        num: modifiers.noNotice.factor.numerator,
        den: modifiers.noNotice.factor.denominator,
      }),
    },
    {
      key: 'late',
      label: t('rules.settings.late'),
      children: t(modifiers.late.enabled ? 'rules.settings.lateOn' : 'rules.settings.lateOff'),
    },
    {
      key: 'rectification',
      label: t('rules.settings.rectification'),
      children: t('rules.settings.rectificationValue', {
        days: modifiers.rectification.deadlineDays,
        num: modifiers.rectification.factor.numerator,
        den: modifiers.rectification.factor.denominator,
        list: sanctionsText(modifiers.rectification.sanctions, t),
      }),
    },
    {
      key: 'veto',
      label: t('rules.settings.veto'),
      children: t('rules.settings.vetoValue', { level: t(`level.${veto.minLevel}`), targets: vetoTargets }),
    },
    {
      key: 'visitFree',
      label: t('rules.settings.visitFree'),
      children: `${t('rules.settings.visitFreeValue', {
        office: yuan(rewards.visitFree.officeFen),
        village: yuan(rewards.visitFree.villageFen),
        share: Math.round(rewards.visitFree.secretaryShareMin * 100),
        cadre: yuan(rewards.visitFree.cadreFen),
      })}${rewards.visitFree.departmentCommendation ? `；${t('rules.settings.departmentCommendation')}` : ''}`,
    },
    {
      key: 'backlog',
      label: t('rules.settings.backlog'),
      children: t('rules.settings.backlogValue', {
        min: rewards.backlog.minYears,
        max: rewards.backlog.maxYears,
        amount: yuan(rewards.backlog.perPersonFen),
      }),
    },
    {
      key: 'model',
      label: t('rules.settings.modelTownship'),
      children: t('rules.settings.modelTownshipValue', {
        district: yuan(rewards.modelTownship.districtFen),
        city: yuan(rewards.modelTownship.cityFen),
      }),
    },
    {
      key: 'payment',
      label: t('rules.settings.payment'),
      children: t('rules.settings.paymentValue', { days: payment.financePaid.workingDays }),
    },
    {
      key: 'deadlines',
      label: t('rules.settings.deadlines'),
      children: t('rules.settings.deadlinesValue', {
        acceptance: deadlines.acceptanceDays,
        resolution: deadlines.resolutionDays,
        extension: deadlines.maxExtensionDays,
        review: deadlines.reviewDays,
        reReview: deadlines.reReviewDays,
        kind: t(deadlines.dayKind === 'working' ? 'rules.settings.workingDays' : 'rules.settings.calendarDays'),
      }),
    },
    { key: 'targets', label: t('rules.settings.targets'), children: goals.join('；') },
  ];
  return (
    <Descriptions
      data-testid="rule-settings"
      title={t('rules.settings.title')}
      bordered
      size="small"
      column={1}
      items={items}
    />
  );
}
