import { Alert, Skeleton } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadEcharts, type ChartOption } from '../lib/load-echarts';

interface Props {
  option: ChartOption;
  height?: number;
  /** The category clicked (a township's name on the x axis), when the chart offers one. */
  onPick?: (index: number) => void;
  testId?: string;
  /** What the chart shows, for screen readers (the canvas itself has no text). */
  label: string;
}

/** One ECharts canvas: loads the library on mount, follows the container's width, disposes on unmount. */
export function EChart({ option, height = 320, onPick, testId, label }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const pick = useRef(onPick);
  pick.current = onPick;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadEcharts().then(
      (echarts) => {
        if (disposed || !box.current) return;
        const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
        instance.on('click', (params) => pick.current?.(params.dataIndex));
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
        setState('ready');
      },
      () => !disposed && setState('failed'),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    // Who asked the system for less motion gets the chart drawn at once (so do the screenshots of the e2e tests).
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (state === 'ready') chart.current?.setOption({ ...option, animation: !still }, { notMerge: true });
  }, [option, state]);

  return (
    <div style={{ position: 'relative' }}>
      {state === 'loading' && <Skeleton active />}
      {state === 'failed' && <Alert type="error" showIcon title={t('districtCompare.chartFailed')} />}
      <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
    </div>
  );
}
