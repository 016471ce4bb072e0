import { UserOutlined } from '@ant-design/icons';
import { Avatar, Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDemoUsers } from '../api/get-demo-users';
import type { DemoUser } from '../api/types';
import { groupUsers } from '../lib/group-users';
import { RoleTag } from './role-tag';

interface Props {
  onPick: (user: DemoUser) => void;
  /** The user whose sign-in is in flight, shown as loading. */
  pendingUserId?: string | undefined;
}

/** Demo users, grouped by district and township, each a card to click. */
export function UserPicker({ onPick, pendingUserId }: Props) {
  const { t } = useTranslation();
  const users = useDemoUsers();

  if (users.isPending) return <Skeleton active aria-label={t('signin.loading')} />;
  if (users.isError) {
    return <ErrorAlert title={t('signin.failed')} error={users.error} onRetry={() => void users.refetch()} />;
  }
  if (users.data.length === 0) return <Empty description={t('signin.empty')} />;

  return groupUsers(users.data).map((district) => (
    <section key={district.districtId}>
      {district.groups.map((group) => (
        <div key={group.key} style={{ marginBottom: 24 }}>
          <Typography.Title level={5}>
            {group.tenantName ?? district.districtName ?? t('signin.otherGroup')}
            {group.tenantName && district.districtName ? (
              <Typography.Text type="secondary"> · {district.districtName}</Typography.Text>
            ) : null}
          </Typography.Title>
          <Row gutter={[12, 12]}>
            {group.users.map((user) => (
              <Col key={user.id} xs={24} sm={12} md={8}>
                <Card
                  hoverable
                  size="small"
                  loading={pendingUserId === user.id}
                  onClick={() => onPick(user)}
                  data-testid={`signin-user-${user.id}`}
                  role="button"
                  aria-label={user.name}
                >
                  <Card.Meta
                    avatar={<Avatar icon={<UserOutlined />} />}
                    title={user.name}
                    description={
                      <Flex wrap gap={4} align="center">
                        <RoleTag role={user.role} />
                        {user.unitName ? <Typography.Text type="secondary">{user.unitName}</Typography.Text> : null}
                      </Flex>
                    }
                  />
                </Card>
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </section>
  ));
}
