import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../api/types';
import type { ChartLabels } from './chart-options';

/** The charts' words in the current language; the same object until the language changes. */
export function useChartLabels(): ChartLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      visits: t('districtCompare.chart.visits'),
      previousYear: t('districtCompare.chart.previousYear'),
      target: t('districtCompare.chart.target'),
      onTimeResolution: t('districtCompare.chart.onTimeResolution'),
      level: Object.fromEntries(LEVELS.map((l) => [l, t(`level.${l}`)])) as Record<Level, string>,
    }),
    // `language` changes `t`'s answers without always changing `t`.
    [t, language],
  );
}
