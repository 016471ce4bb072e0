import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RequireAuth } from './require-auth';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';
import { StatusRoute, SystemStatusRoute } from './routes/status';

/**
 * Public: /signin and /status. Everything else sits behind RequireAuth inside
 * the sidebar layout; later features add their routes as children there
 * (cases, org, rules, ledger, reports, district) next to a nav-items entry.
 */
export function createRouter() {
  return createBrowserRouter([
    { path: '/signin', Component: SignInRoute },
    { path: '/status', Component: StatusRoute },
    {
      Component: RequireAuth,
      children: [
        {
          Component: AppLayout,
          children: [
            { index: true, Component: HomeRoute },
            { path: 'system/status', Component: SystemStatusRoute },
            { path: 'inbox', lazy: () => import('../features/inbox/components/inbox-page').then((m) => ({ Component: m.InboxPage })) },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]);
}
