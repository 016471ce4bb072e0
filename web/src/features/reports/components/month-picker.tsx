import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface MonthPickerProps {
  /** "YYYY-MM" */
  month: string;
  /** Later months cannot be chosen (this month in Beijing: later ones have no figures yet). */
  latestMonth: string;
  onChange: (month: string) => void;
  /** What a screen reader announces. */
  label: string;
  width?: number;
  testId?: string;
}

/**
 * A month of the reports ("2026年6月"). The home page loads it as a chunk of its own after its first paint (the
 * date-picker code is two thirds of the home page's own JavaScript, and nothing else on its first screen needs it).
 */
export function MonthPicker({ month, latestMonth, onChange, label, width, testId }: MonthPickerProps) {
  const { i18n } = useTranslation();
  const latest = dayjs(`${latestMonth}-01`);
  return (
    <DatePicker
      picker="month"
      aria-label={label}
      allowClear={false}
      value={dayjs(`${month}-01`)}
      format={i18n.language === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
      disabledDate={(d: Dayjs) => d.isAfter(latest, 'month')}
      onChange={(d: Dayjs | null) => d && onChange(d.format('YYYY-MM'))}
      {...(width === undefined ? {} : { style: { width } })}
      {...(testId === undefined ? {} : { 'data-testid': testId })}
    />
  );
}
