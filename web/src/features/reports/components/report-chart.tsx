import { Skeleton } from 'antd';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  testId: string;
  height?: number;
}

type Chart = EChartsType;

/**
 * One ECharts chart on a canvas. ECharts is fetched on first use (a dynamic import), so only pages that draw a
 * chart download it. The chart follows its box: a ResizeObserver resizes it when a phone turns or the sidebar folds.
 */
export function ReportChart({ option, label, testId, height = 300 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    void import('../lib/echarts').then(({ init }) => {
      if (cancelled || !box.current) return;
      const instance = init(box.current, null, { renderer: 'canvas' });
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
      setReady(true);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  // Options are rebuilt on every render; compare them by content so a re-render does not redraw the chart.
  const content = JSON.stringify(option);
  useEffect(() => {
    if (ready) chart.current?.setOption(JSON.parse(content) as EChartsCoreOption, { notMerge: true });
  }, [ready, content]);

  return (
    <div className="report-chart" style={{ position: 'relative', width: '100%', height }}>
      <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
      {!ready && (
        <div style={{ position: 'absolute', inset: 0 }}>
          <Skeleton.Node active style={{ width: '100%', height }} />
        </div>
      )}
    </div>
  );
}
