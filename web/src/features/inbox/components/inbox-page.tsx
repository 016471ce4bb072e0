import { Alert, Badge, Button, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import type { InboxMessageView } from '@xinfang/api';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInbox } from '../api/get-inbox';
import { useMarkRead } from '../api/mark-read';

const TOPIC_COLORS: Record<InboxMessageView['topic'], string> = {
  deadline: 'orange',
  screening: 'blue',
  fine: 'red',
  evaluation: 'green',
  settlement: 'purple',
};

/** 站内消息: the reminders the daily jobs sent to the caller's inbox, newest first; opening one marks it read. */
export function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const messages = inbox.data?.pages.flatMap((p) => p.items) ?? [];

  const open = (m: InboxMessageView) => {
    if (!m.read) markRead.mutate(m.id);
    void navigate(m.link);
  };

  return (
    <Card title={t('inbox.title')} data-testid="inbox-page">
      {inbox.isPending ? (
        <Skeleton active />
      ) : inbox.isError ? (
        <Alert type="error" title={t('inbox.failed')} />
      ) : messages.length === 0 ? (
        <Empty description={t('inbox.empty')} />
      ) : (
        <List
          dataSource={messages}
          rowKey="id"
          renderItem={(m) => (
            <List.Item
              data-testid="inbox-item"
              data-read={m.read}
              actions={[
                <Button key="open" type="link" onClick={() => open(m)}>
                  {t('inbox.open')}
                </Button>,
                ...(m.read
                  ? []
                  : [
                      <Button key="read" type="link" onClick={() => markRead.mutate(m.id)}>
                        {t('inbox.markRead')}
                      </Button>,
                    ]),
              ]}
            >
              <List.Item.Meta
                avatar={<Badge status={m.read ? 'default' : 'processing'} />}
                title={
                  <Typography.Text strong={!m.read}>
                    <Tag color={TOPIC_COLORS[m.topic]}>{t(`inbox.topic.${m.topic}`)}</Tag>
                    {m.title}
                  </Typography.Text>
                }
                description={`${m.on} · ${m.body}`}
              />
            </List.Item>
          )}
        />
      )}
      {inbox.hasNextPage ? (
        <Button onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage} style={{ marginTop: 12 }}>
          {t('inbox.more')}
        </Button>
      ) : null}
    </Card>
  );
}
