import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useCalendarYear } from '../api/get-calendar-year';
import { useDeleteOverride, useSaveOverride } from '../api/save-override';
import type { CalendarOverride } from '../api/types';
import { todayValue } from '../../../lib/today';

interface Values {
  date: Dayjs;
  working: boolean;
  name: string;
}

/** A year's 调休 and extra holidays: listed by date, added and removed by the admin. */
export function CalendarOverrides() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => todayValue().year());
  const calendar = useCalendarYear(year);
  const save = useSaveOverride();
  const remove = useDeleteOverride();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    save.mutate(
      { date: v.date.format('YYYY-MM-DD'), working: v.working, name: v.name.trim() },
      { onSuccess: () => form.resetFields() },
    );
  return (
    <Card title={t('settings.calendar')} data-testid="settings-calendar">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('settings.calendarHint')}</Typography.Text>
        <Flex gap={8} align="center">
          <span>{t('settings.year')}</span>
          <InputNumber
            min={2000}
            max={2099}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="settings-calendar-year"
          />
        </Flex>
        {calendar.data && !calendar.data.officiallyKnown && (
          <Alert type="warning" showIcon title={calendar.data.warning ?? t('settings.officialUnknown')} />
        )}
        {calendar.isError && (
          <ErrorAlert title={t('settings.loadFailed')} error={calendar.error} onRetry={() => void calendar.refetch()} />
        )}
        {(save.error ?? remove.error) && (
          <ErrorAlert title={t('settings.saveFailed')} error={save.error ?? remove.error} />
        )}
        <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ working: true }}>
          <Form.Item name="date" rules={[{ required: true, message: t('settings.needDate') }]}>
            <DatePicker placeholder={t('settings.date')} data-testid="settings-override-date" />
          </Form.Item>
          <Form.Item name="working">
            <Select
              style={{ width: 140 }}
              options={[
                { value: true, label: t('settings.working') },
                { value: false, label: t('settings.holiday') },
              ]}
            />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('settings.needName') }]}>
            <Input placeholder={t('settings.namePlaceholder')} maxLength={40} data-testid="settings-override-name" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-override-add">
            {t('settings.add')}
          </Button>
        </Form>
        <Table<CalendarOverride>
          size="small"
          rowKey="date"
          loading={calendar.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('settings.none') }}
          dataSource={calendar.data?.overrides ?? []}
          columns={[
            { title: t('settings.date'), dataIndex: 'date', render: (d: string) => formatDateZh(d) },
            {
              title: t('settings.kind'),
              dataIndex: 'working',
              render: (w: boolean) => (
                <Tag color={w ? 'orange' : 'green'}>{w ? t('settings.working') : t('settings.holiday')}</Tag>
              ),
            },
            { title: t('settings.name'), dataIndex: 'name' },
            {
              title: '',
              key: 'remove',
              width: 80,
              render: (_, o) => (
                <Button size="small" type="link" danger onClick={() => remove.mutate(o.date)}>
                  {t('settings.remove')}
                </Button>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
