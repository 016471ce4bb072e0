import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption, init } from 'echarts/core';

/** The options our charts use: bars and lines on a grid, with legend and tooltip. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | DatasetComponentOption
>;

/**
 * ECharts, fetched when the first chart mounts: only the district pages render charts, so no other page downloads
 * it (the bundler puts it in its own chunk).
 */
export function loadEcharts(): Promise<{ init: typeof init }> {
  return import('./echarts-setup');
}
