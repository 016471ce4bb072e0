import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useRuleTests } from '../api/get-rule-tests';
import { useSaveRuleTests } from '../api/save-rule-tests';
import type { RuleTestCase } from '../api/types';
import { testExpectText, testVisitText } from '../lib/rule-test-text';
import { RuleTestForm } from './rule-test-form';

/** The township's saved test cases; the admin adds and deletes them (each change is saved at once). */
export function RuleTestsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const tests = useRuleTests();
  const save = useSaveRuleTests();
  const [adding, setAdding] = useState(false);
  const suite = tests.data;
  const store = (cases: RuleTestCase[]) => suite && save.mutate({ version: suite.version, cases });
  const add = (tc: Omit<RuleTestCase, 'id'>) => {
    if (!suite) return;
    const taken = new Set(suite.cases.map((c) => c.id));
    let n = suite.cases.length + 1;
    while (taken.has(`case-${n}`)) n += 1;
    store([...suite.cases, { ...tc, id: `case-${n}` }]);
    setAdding(false);
  };
  return (
    <Card
      size="small"
      title={t('rules.tests.title')}
      data-testid="rule-tests"
      extra={
        canEdit && (
          <Button size="small" data-testid="rule-test-add" onClick={() => setAdding(true)} disabled={!suite}>
            {t('rules.tests.add')}
          </Button>
        )
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('rules.tests.hint')}</Typography.Text>
        {suite?.isDefault && <Tag>{t('rules.tests.defaultPack')}</Tag>}
        {tests.isError && (
          <ErrorAlert title={t('rules.loadFailed')} error={tests.error} onRetry={() => void tests.refetch()} />
        )}
        {save.isError && <ErrorAlert title={t('rules.tests.save')} error={save.error} />}
        <Table<RuleTestCase>
          size="small"
          rowKey="id"
          loading={tests.isPending || save.isPending}
          pagination={false}
          locale={{ emptyText: t('rules.tests.none') }}
          dataSource={suite?.cases ?? []}
          columns={[
            { title: t('rules.tests.name'), dataIndex: 'name' },
            { title: t('rules.tests.visit'), key: 'visit', render: (_, tc) => testVisitText(tc, t) },
            { title: t('rules.tests.expected'), key: 'expect', render: (_, tc) => testExpectText(tc, t) },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 64,
                    render: (_: unknown, tc: RuleTestCase) => (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => store((suite?.cases ?? []).filter((c) => c.id !== tc.id))}
                      >
                        {t('rules.tests.remove')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
      {canEdit && <RuleTestForm open={adding} onCancel={() => setAdding(false)} onAdd={add} />}
    </Card>
  );
}
