// The only ECharts entry of the app, reached by dynamic import from the report charts: the chunk holds the core,
// the canvas renderer and the parts the reports draw (bar, line, axes, legend, tooltip, target lines), no more.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { init };
