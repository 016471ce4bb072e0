import { useTranslation } from 'react-i18next';
import { formatMonthZh } from '../../../lib/month';
import type { Texts } from './chart-options';

/** The words the charts print (legend, axes), in the user's language, and how a month is labelled. */
export function useChartTexts(): { texts: Texts; monthLabel: (m: string) => string } {
  const { t, i18n } = useTranslation();
  const texts: Texts = {
    onTime: t('reports.onTime'),
    satisfaction: t('reports.satisfaction'),
    fines: t('reports.fines'),
    rewards: t('reports.rewards'),
    visits: t('reports.visits'),
    target: t('reports.target'),
    previousYear: t('reports.previousYear'),
    percentAxis: t('reports.percentAxis'),
    yuanAxis: t('reports.yuanAxis'),
  };
  const monthLabel = (m: string) => (i18n.language === 'en' ? m : formatMonthZh(m).slice(5));
  return { texts, monthLabel };
}
