import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface MonthPickerProps {
  /** "YYYY-MM" */
  month: string;
  /** Later months cannot be chosen. */
  latestMonth: string;
  onChange: (month: string) => void;
  width: number;
}

/**
 * The home page's month picker. A chunk of its own, loaded after the page's first paint (the date-picker code is
 * two thirds of the home page's own JavaScript, and nothing else on the first screen needs it).
 */
export function MonthPicker({ month, latestMonth, onChange, width }: MonthPickerProps) {
  const { t, i18n } = useTranslation();
  const latest = dayjs(`${latestMonth}-01`);
  return (
    <DatePicker
      picker="month"
      aria-label={t('home.month')}
      allowClear={false}
      value={dayjs(`${month}-01`)}
      format={i18n.language === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
      disabledDate={(d: Dayjs) => d.isAfter(latest, 'month')}
      onChange={(d: Dayjs | null) => d && onChange(d.format('YYYY-MM'))}
      style={{ width }}
    />
  );
}
