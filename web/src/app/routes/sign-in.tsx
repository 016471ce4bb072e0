import { App, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSignIn } from '../../features/auth/api/sign-in';
import { UserPicker } from '../../features/auth/components/user-picker';
import { errorMessage } from '../../lib/error-message';
import { PublicPage } from './public-page';

/** Where RequireAuth sent the user from, if it is a path of this app. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/signin')) return from;
  }
  return '/';
}

export function SignInRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const signIn = useSignIn();

  const pick = (userId: string) =>
    signIn.mutate(userId, {
      onSuccess: () => void navigate(returnPath(location.state), { replace: true }),
      onError: (error) => void message.error(`${t('signin.failedSignIn')}：${errorMessage(error, t)}`),
    });

  return (
    <PublicPage>
      <Card>
        <Flex justify="space-between" align="baseline" wrap>
          <Typography.Title level={3}>{t('signin.title')}</Typography.Title>
          <Link to="/status">{t('signin.statusLink')}</Link>
        </Flex>
        <Typography.Paragraph type="secondary">{t('signin.subtitle')}</Typography.Paragraph>
        <UserPicker onPick={(user) => pick(user.id)} pendingUserId={signIn.isPending ? signIn.variables : undefined} />
      </Card>
    </PublicPage>
  );
}
