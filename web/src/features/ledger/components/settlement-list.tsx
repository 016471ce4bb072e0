import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../api/types';
import { EntryTable } from './entry-table';

interface Props {
  rows: LedgerRow[];
  onReverse?: (row: LedgerRow, reason: string) => Promise<unknown>;
  reversing?: boolean;
}

/** The year's settlement: vetoes (一票否决) and rewards, each with whom it concerns and why. */
export function SettlementList({ rows, onReverse, reversing }: Props) {
  const { t } = useTranslation();
  const settled = rows.filter((r) => r.kind === 'veto' || r.kind === 'reward');
  if (settled.length === 0) return <Alert type="info" showIcon title={t('ledger.settlementNone')} />;
  const named = settled.map((r) => ({
    ...r,
    explanation: `${[r.personName, r.unitName].filter(Boolean).join(' · ')}：${r.explanation}`,
  }));
  return (
    <EntryTable
      rows={named}
      testId="ledger-settlement"
      {...(onReverse ? { onReverse } : {})}
      {...(reversing !== undefined ? { reversing } : {})}
    />
  );
}
