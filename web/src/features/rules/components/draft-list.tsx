import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeZh } from '../../../lib/format';
import { useCreateDraft } from '../api/create-draft';
import { useDrafts } from '../api/get-drafts';

/** The township's drafts; an admin starts a new one from the latest version and goes straight to the editor. */
export function DraftList({ canEdit, versionName }: { canEdit: boolean; versionName: (id: string) => string }) {
  const { t } = useTranslation();
  const drafts = useDrafts();
  const create = useCreateDraft();
  const navigate = useNavigate();
  const open = drafts.data?.filter((d) => d.status === 'open') ?? [];
  return (
    <Card
      size="small"
      title={t('rules.drafts.title')}
      data-testid="rule-drafts"
      extra={
        canEdit && (
          <Button
            type="primary"
            loading={create.isPending}
            data-testid="rule-draft-create"
            onClick={() => create.mutate(undefined, { onSuccess: (d) => void navigate(`/rules/drafts/${d.draftId}`) })}
          >
            {t('rules.drafts.create')}
          </Button>
        )
      }
    >
      {create.isError && <ErrorAlert title={t('rules.loadFailed')} error={create.error} />}
      {drafts.isError ? (
        <ErrorAlert title={t('rules.loadFailed')} error={drafts.error} onRetry={() => void drafts.refetch()} />
      ) : (
        <List
          loading={drafts.isPending}
          locale={{ emptyText: t('rules.drafts.none') }}
          dataSource={open}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Link key="edit" to={`/rules/drafts/${d.draftId}`}>
                  {t('rules.drafts.edit')}
                </Link>,
              ]}
            >
              <Flex vertical>
                <Typography.Text>{d.ruleSet.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Tag>{t('rules.drafts.open')}</Tag>
                  {t('rules.drafts.basedOn', {
                    version: d.basedOn === 'default' ? t('rules.drafts.defaultPack') : versionName(d.basedOn),
                  })}
                  {' · '}
                  {t('rules.drafts.updatedAt', { at: formatDateTimeZh(d.updatedAt) })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
