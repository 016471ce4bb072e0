// Only what the district charts use, registered once: imported statically here so the bundler drops the rest of
// ECharts. Nothing imports this module but `load-echarts.ts`, by dynamic import.
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);

export { init };
