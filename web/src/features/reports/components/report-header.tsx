import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The API's title, e.g. 西集镇信访工作月小结（2026年6月）; absent while loading. */
  title: string | undefined;
  pickerLabel: string;
  picker: ReactNode;
  actions: ReactNode;
}

/** A report's title, its period picker and its buttons; the picker and buttons do not print. */
export function ReportHeader({ title, pickerLabel, picker, actions }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8} className="no-print">
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{pickerLabel}</Typography.Text>
          {picker}
        </Flex>
        {actions}
      </Flex>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-title">
        {title ?? t('reports.title')}
      </Typography.Title>
    </Flex>
  );
}
