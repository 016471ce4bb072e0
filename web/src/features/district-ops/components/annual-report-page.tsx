import type { DistrictAnnualReport } from '@xinfang/api';
import { Button, Flex, InputNumber, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatPercent, formatYuan } from '../../../lib/format';
import { useAnnualReport, useDownloadAnnualReport } from '../api/annual-report';
import './annual-report.css';

type Cell = string | number;

interface TableProps {
  head: string[];
  rows: Cell[][];
  total?: Cell[];
  /** How many leading columns hold text (left-aligned); the rest are figures. */
  textColumns?: number;
}

function ReportTable({ head, rows, total, textColumns = 1 }: TableProps) {
  const align = (j: number) => (j < textColumns ? 'left' : 'right');
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {head.map((h, j) => (
              <th key={h} style={{ textAlign: align(j) }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} style={{ textAlign: align(j) }}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
          {total ? (
            <tr className="total">
              {total.map((c, j) => (
                <td key={j} style={{ textAlign: align(j) }}>
                  {c}
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** /district/annual-report: Art. 41's four parts as a page that prints (and saves as PDF) on A4. */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const report = useAnnualReport(year);
  const download = useDownloadAnnualReport();
  const r = report.data;

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center" className="no-print">
        <InputNumber
          aria-label={t('districtOps.annual.year')}
          min={2000}
          max={2099}
          value={year}
          onChange={(v) => v !== null && setYear(v)}
          suffix="年"
        />
        <Space wrap>
          <Button type="primary" onClick={() => window.print()} disabled={!r}>
            {t('districtOps.annual.print')}
          </Button>
          <Button
            loading={download.isPending}
            disabled={!r}
            onClick={() => r && download.mutate({ year, fileName: `${r.title}.xlsx` })}
          >
            {t('districtOps.annual.excel')}
          </Button>
        </Space>
      </Flex>
      {report.error ? <ErrorAlert title={t('districtOps.annual.failed')} error={report.error} /> : null}
      {download.error ? <ErrorAlert title={t('districtOps.annual.failed')} error={download.error} /> : null}
      {r ? <ReportBody r={r} /> : report.isPending ? <Skeleton active /> : null}
    </Flex>
  );
}

function ReportBody({ r }: { r: DistrictAnnualReport }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`districtOps.annual.${key}`);
  const pct = (v: number | null) => formatPercent(v);
  const stat = (x: DistrictAnnualReport['statistics']['total']): Cell[] => [
    x.name,
    x.casesRegistered,
    x.casesAccepted,
    x.casesResolved,
    x.visits,
    x.headcount,
    x.collective,
    x.byLevel.district + x.byLevel.city + x.byLevel.province + x.byLevel.national,
    pct(x.visitChange),
  ];
  const transfer = (x: DistrictAnnualReport['transfers']['total']): Cell[] => [
    x.name,
    x.routed,
    x.accepted,
    x.acceptedOnTime,
    x.notices,
    x.retrievals,
    formatYuan(x.retrievalCostFen),
  ];
  const rect = (x: DistrictAnnualReport['rectification']['total']): Cell[] => [
    x.name,
    x.resolved,
    x.resolvedOnTime,
    pct(x.onTimeResolution),
    pct(x.satisfaction),
    x.backlogOpenAtEnd,
    x.backlogCleared,
    formatYuan(x.finesFen),
    formatYuan(x.rewardsFen),
    x.vetoes,
  ];
  return (
    <article className="district-annual-report" data-testid="annual-report">
      <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center' }}>
        {r.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {k('basis')}
      </Typography.Paragraph>
      <section>
        <h2>{r.headings.statistics}</h2>
        <ReportTable
          head={[
            k('township'),
            k('casesRegistered'),
            k('casesAccepted'),
            k('casesResolved'),
            k('visits'),
            k('headcount'),
            k('collective'),
            k('escalated'),
            k('visitChange'),
          ]}
          rows={r.statistics.townships.map((x) => stat(x))}
          total={stat(r.statistics.total)}
        />
      </section>
      <section>
        <h2>{r.headings.topUnits}</h2>
        {r.topUnits.length === 0 ? (
          <Typography.Paragraph>{k('noUnits')}</Typography.Paragraph>
        ) : (
          <ReportTable
            textColumns={3}
            head={[k('rank'), k('township'), k('unit'), k('cases'), k('visits')]}
            rows={r.topUnits.map((u) => [u.rank, u.townshipName, u.unitName, u.cases, u.visits])}
          />
        )}
      </section>
      <section>
        <h2>{r.headings.transfers}</h2>
        <ReportTable
          head={[
            k('township'),
            k('routed'),
            k('casesAccepted'),
            k('acceptedOnTime'),
            k('notices'),
            k('retrievals'),
            k('retrievalCost'),
          ]}
          rows={r.transfers.townships.map((x) => transfer(x))}
          total={transfer(r.transfers.total)}
        />
      </section>
      <section>
        <h2>{r.headings.rectification}</h2>
        <ReportTable
          head={[
            k('township'),
            k('casesResolved'),
            k('resolvedOnTime'),
            k('onTimeResolution'),
            k('satisfaction'),
            k('backlogOpenAtEnd'),
            k('backlogCleared'),
            k('fines'),
            k('rewards'),
            k('vetoes'),
          ]}
          rows={r.rectification.townships.map((x) => rect(x))}
          total={rect(r.rectification.total)}
        />
      </section>
    </article>
  );
}
