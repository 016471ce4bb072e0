import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ComparisonPeriod } from '../api/get-comparison';

interface Props {
  value: ComparisonPeriod;
  onChange: (next: ComparisonPeriod) => void;
}

/** A range of whole months, at most five years (the API's limit). */
export function PeriodPicker({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DatePicker.RangePicker
      data-testid="district-period"
      picker="month"
      format={i18n.language === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
      allowClear={false}
      aria-label={t('districtCompare.period')}
      value={[dayjs(`${value.from}-01`), dayjs(`${value.to}-01`)]}
      disabledDate={(d, info) => {
        const from = info.from;
        return from ? Math.abs(d.diff(from, 'month')) >= 60 : false;
      }}
      onChange={(range) => {
        const [from, to] = range ?? [];
        if (from && to) onChange({ from: from.format('YYYY-MM'), to: to.format('YYYY-MM') });
      }}
    />
  );
}
