import { Card } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { ReportChart } from './report-chart';

interface Props {
  title: string;
  option: EChartsCoreOption;
  testId: string;
  height?: number;
}

/** A titled chart; `report-section` keeps it on one printed page. */
export function ChartCard({ title, option, testId, height }: Props) {
  return (
    <Card size="small" title={title} className="report-keep">
      <ReportChart option={option} label={title} testId={testId} {...(height === undefined ? {} : { height })} />
    </Card>
  );
}
