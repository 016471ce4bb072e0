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
            { path: 'rules', lazy: async () => ({ Component: (await import('./routes/rules')).RulesRoute }) },
            { path: 'rules/diff', lazy: async () => ({ Component: (await import('./routes/rules-diff')).RulesDiffRoute }) },
            { path: 'rules/drafts/:id', lazy: async () => ({ Component: (await import('./routes/rule-draft')).RuleDraftRoute }) },
            { path: 'settings', lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }) },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]);
}
