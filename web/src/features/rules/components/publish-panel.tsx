import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateZh } from '../../../lib/format';

interface Props {
  /** The latest published version's effective date: a new version must take effect after it. */
  latestEffectiveFrom: string | undefined;
  /** False while the table has problems (or is still being checked). */
  allowed: boolean;
  publishing: boolean;
  onPublish: (effectiveFrom: string) => void;
}

/** Publishing with an effective date; refused while the table is invalid. */
export function PublishPanel({ latestEffectiveFrom, allowed, publishing, onPublish }: Props) {
  const { t } = useTranslation();
  const earliest = latestEffectiveFrom ? dayjs(latestEffectiveFrom).add(1, 'day') : dayjs();
  const tomorrow = dayjs().add(1, 'day').startOf('day');
  const [date, setDate] = useState<Dayjs | null>(earliest.isAfter(tomorrow) ? earliest : tomorrow);
  return (
    <Flex gap={12} align="center" wrap data-testid="rule-publish">
      <Typography.Text>{t('rules.editor.effectiveFrom')}</Typography.Text>
      <DatePicker
        value={date}
        onChange={setDate}
        allowClear={false}
        disabledDate={(d) => !d.isAfter(earliest.subtract(1, 'day'), 'day')}
        data-testid="rule-publish-date"
      />
      <Button
        type="primary"
        danger={!allowed}
        disabled={!allowed || date === null}
        loading={publishing}
        data-testid="rule-publish-button"
        onClick={() => date && onPublish(date.format('YYYY-MM-DD'))}
      >
        {t('rules.editor.publish')}
      </Button>
      {!allowed && <Typography.Text type="danger">{t('rules.editor.publishBlocked')}</Typography.Text>}
      {latestEffectiveFrom && (
        <Typography.Text type="secondary">
          {t('rules.editor.effectiveAfter', { date: formatDateZh(latestEffectiveFrom) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
