import { createBrowserRouter, type RouteObject } from 'react-router';
import { withAllStyles } from './all-styles';
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
 * Sign-in, the layout and home are drawn with the stylesheet index.html links; every other page also waits for the
 * rest of antd's styles (`withAllStyles`, src/app/all-styles.ts), which main.tsx starts loading after the first paint.
 */
export const routes: RouteObject[] = [
  { path: '/signin', lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }) },
  { path: '/status', lazy: withAllStyles(async () => ({ Component: (await import('./routes/status')).StatusRoute })) },
  { path: '/track', lazy: withAllStyles(async () => ({ Component: (await import('./routes/track')).TrackRoute })) },
  {
    Component: RequireAuth,
    children: [
      {
        lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }) },
          {
            path: 'system/status',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/status')).SystemStatusRoute })),
          },
          {
            path: 'cases',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/cases-list')).CasesListRoute })),
          },
          {
            path: 'cases/new',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/case-new')).CaseNewRoute })),
          },
          {
            path: 'cases/:id',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/case-detail')).CaseDetailRoute })),
          },
          { path: 'org', lazy: withAllStyles(async () => ({ Component: (await import('./routes/org')).OrgRoute })) },
          {
            path: 'screening',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/screening')).ScreeningRoute })),
          },
          {
            path: 'reviews',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/routines')).ReviewsRoute })),
          },
          {
            path: 'reception-days',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/routines')).ReceptionRoute })),
          },
          {
            path: 'cases/:id/query-code',
            lazy: withAllStyles(async () => ({
              Component: (await import('./routes/case-query-code')).CaseQueryCodeRoute,
            })),
          },
          {
            path: 'inbox',
            lazy: withAllStyles(async () => ({
              Component: (await import('../features/inbox/components/inbox-page')).InboxPage,
            })),
          },
          {
            path: 'rules',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/rules')).RulesRoute })),
          },
          {
            path: 'rules/diff',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/rules-diff')).RulesDiffRoute })),
          },
          {
            path: 'rules/drafts/:id',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/rule-draft')).RuleDraftRoute })),
          },
          {
            path: 'reports',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/reports')).ReportsRoute })),
          },
          {
            path: 'ledger',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/ledger')).LedgerRoute })),
          },
          {
            path: 'ledger/print',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/ledger-print')).LedgerPrintRoute })),
          },
          {
            path: 'district/notices',
            lazy: withAllStyles(async () => ({
              Component: (await import('../features/district-ops/components/district-notices-page'))
                .DistrictNoticesPage,
            })),
          },
          {
            path: 'district/townships/new',
            lazy: withAllStyles(async () => ({
              Component: (await import('../features/district-ops/components/onboarding-page')).OnboardingPage,
            })),
          },
          {
            path: 'district/annual-report',
            lazy: withAllStyles(async () => ({
              Component: (await import('../features/district-ops/components/annual-report-page')).AnnualReportPage,
            })),
          },
          {
            path: 'settings',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/settings')).SettingsRoute })),
          },
          {
            path: 'district',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/district')).DistrictRoute })),
          },
          {
            path: 'district/townships/:id',
            lazy: withAllStyles(async () => ({
              Component: (await import('./routes/district-township')).DistrictTownshipRoute,
            })),
          },
          {
            path: 'district/rules',
            lazy: withAllStyles(async () => ({
              Component: (await import('./routes/district-rules')).DistrictRulesRoute,
            })),
          },
          {
            path: '*',
            lazy: withAllStyles(async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute })),
          },
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
