import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './require-auth';

/**
 * Public: /signin and /status. Everything else sits behind RequireAuth inside
 * the sidebar layout; later features add their routes as children there
 * (cases, org, rules, ledger, reports, district) next to a nav-items entry.
 *
 * Each page is its own chunk (`lazy`): a township official on a slow line
 * downloads the case list without the code of the org chart or the rules.
 * The layout, sign-in and 404 are chunks too: the entry holds the providers and the router only, and the
 * router loads a page's chunk and the layout's together (no waterfall).
 */
export const routes: RouteObject[] = [
  { path: '/signin', lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }) },
  { path: '/status', lazy: async () => ({ Component: (await import('./routes/status')).StatusRoute }) },
  { path: '/track', lazy: async () => ({ Component: (await import('./routes/track')).TrackRoute }) },
  {
    Component: RequireAuth,
    children: [
      {
        lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }) },
          {
            path: 'system/status',
            lazy: async () => ({ Component: (await import('./routes/status')).SystemStatusRoute }),
          },
          { path: 'cases', lazy: async () => ({ Component: (await import('./routes/cases-list')).CasesListRoute }) },
          { path: 'cases/new', lazy: async () => ({ Component: (await import('./routes/case-new')).CaseNewRoute }) },
          {
            path: 'cases/:id',
            lazy: async () => ({ Component: (await import('./routes/case-detail')).CaseDetailRoute }),
          },
          { path: 'org', lazy: async () => ({ Component: (await import('./routes/org')).OrgRoute }) },
          {
            path: 'screening',
            lazy: async () => ({ Component: (await import('./routes/screening')).ScreeningRoute }),
          },
          { path: 'reviews', lazy: async () => ({ Component: (await import('./routes/routines')).ReviewsRoute }) },
          {
            path: 'reception-days',
            lazy: async () => ({ Component: (await import('./routes/routines')).ReceptionRoute }),
          },
          {
            path: 'cases/:id/query-code',
            lazy: async () => ({ Component: (await import('./routes/case-query-code')).CaseQueryCodeRoute }),
          },
          {
            path: 'inbox',
            lazy: async () => ({ Component: (await import('../features/inbox/components/inbox-page')).InboxPage }),
          },
          { path: 'rules', lazy: async () => ({ Component: (await import('./routes/rules')).RulesRoute }) },
          {
            path: 'rules/diff',
            lazy: async () => ({ Component: (await import('./routes/rules-diff')).RulesDiffRoute }),
          },
          {
            path: 'rules/drafts/:id',
            lazy: async () => ({ Component: (await import('./routes/rule-draft')).RuleDraftRoute }),
          },
          { path: 'reports', lazy: async () => ({ Component: (await import('./routes/reports')).ReportsRoute }) },
          { path: 'ledger', lazy: async () => ({ Component: (await import('./routes/ledger')).LedgerRoute }) },
          {
            path: 'ledger/print',
            lazy: async () => ({ Component: (await import('./routes/ledger-print')).LedgerPrintRoute }),
          },
          {
            path: 'district/notices',
            lazy: async () => ({
              Component: (await import('../features/district-ops/components/district-notices-page'))
                .DistrictNoticesPage,
            }),
          },
          {
            path: 'district/townships/new',
            lazy: async () => ({
              Component: (await import('../features/district-ops/components/onboarding-page')).OnboardingPage,
            }),
          },
          {
            path: 'district/annual-report',
            lazy: async () => ({
              Component: (await import('../features/district-ops/components/annual-report-page')).AnnualReportPage,
            }),
          },
          { path: 'settings', lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }) },
          { path: 'district', lazy: async () => ({ Component: (await import('./routes/district')).DistrictRoute }) },
          {
            path: 'district/townships/:id',
            lazy: async () => ({ Component: (await import('./routes/district-township')).DistrictTownshipRoute }),
          },
          {
            path: 'district/rules',
            lazy: async () => ({ Component: (await import('./routes/district-rules')).DistrictRulesRoute }),
          },
          { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
        ],
      },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createRouter(): AppRouter {
  return createBrowserRouter(routes);
}

/** Resolves once the router has loaded the first location's lazy route modules (its first render draws the page). */
export function whenRouterReady(router: Pick<AppRouter, 'state' | 'subscribe'>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
