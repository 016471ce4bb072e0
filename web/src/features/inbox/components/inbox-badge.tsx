import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnreadCount } from '../api/get-unread-count';

/** The header's bell: the number of unread messages; a click opens the inbox. */
export function InboxBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <Badge count={count} size="small" data-testid="inbox-badge">
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={t('inbox.badge', { count })}
        title={t('inbox.badge', { count })}
        onClick={() => void navigate('/inbox')}
      />
    </Badge>
  );
}
