import { Alert, Button, DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { RetroactiveChange } from '../api/types';
import { todayValue } from '../../../lib/today';

interface Props {
  /** The latest published version's effective date: a new version must take effect after it. */
  latestEffectiveFrom: string | undefined;
  /** False while the table has problems (or is still being checked). */
  allowed: boolean;
  publishing: boolean;
  onPublish: (effectiveFrom: string, confirmRetroactive?: boolean) => void;
  /** The API refused a date before today (409): the issued periods and persons it would change. */
  retroactive?: RetroactiveChange | undefined;
}

/** Publishing with an effective date; refused while the table is invalid. */
export function PublishPanel({ latestEffectiveFrom, allowed, publishing, onPublish, retroactive }: Props) {
  const { t } = useTranslation();
  const earliest = latestEffectiveFrom ? dayjs(latestEffectiveFrom).add(1, 'day') : todayValue();
  const tomorrow = todayValue().add(1, 'day');
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
      {retroactive && date && (
        <Alert
          type="warning"
          showIcon
          style={{ width: '100%' }}
          data-testid="rule-publish-retroactive"
          title={t('rules.editor.retroTitle')}
          description={
            <Flex vertical gap={8}>
              <span>{t('rules.editor.retroText', { date: formatDateZh(date.format('YYYY-MM-DD')) })}</span>
              {retroactive.affectedPeriods.map((p) => (
                <div key={p.periodKey}>
                  <Typography.Text strong>{p.periodKey.split('_').map(formatDateZh).join('至')}</Typography.Text>
                  <ul style={{ margin: 0 }}>
                    {p.persons.map((person) => (
                      <li key={person.personId}>
                        {t('rules.editor.retroPerson', {
                          name: person.name,
                          before: formatYuan(person.beforeFen),
                          after: formatYuan(person.afterFen),
                          delta: `${person.deltaFen > 0 ? '+' : ''}${formatYuan(person.deltaFen)}`,
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <Button
                danger
                type="primary"
                style={{ alignSelf: 'flex-start' }}
                loading={publishing}
                data-testid="rule-publish-retroactive-confirm"
                onClick={() => onPublish(date.format('YYYY-MM-DD'), true)}
              >
                {t('rules.editor.retroConfirm')}
              </Button>
            </Flex>
          }
        />
      )}
    </Flex>
  );
}
