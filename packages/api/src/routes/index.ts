import type { RouteGroup } from '../http/lazy-groups';

/**
 * Every route group of the API, by its prefix under /api, in the order they are matched. Each loads on the first
 * request under its prefix (`lazyGroup`): a cold start builds the schemas of the group it serves only. Groups that
 * share a prefix load together. One line per group.
 */
export const ROUTE_GROUPS: readonly RouteGroup[] = [
  { prefix: '/health', load: async () => [(await import('./health')).healthRoutes] },
  { prefix: '/me', load: async () => [(await import('./me')).meRoutes] },
  {
    prefix: '/district',
    load: async () => {
      const [tenancy, notices, rules, district] = await Promise.all([
        import('./tenancy'),
        import('./notices'),
        import('./rules'),
        import('./district'),
      ]);
      return [
        tenancy.districtTownshipRoutes,
        notices.districtNoticeRoutes,
        rules.districtRulesRoutes,
        district.districtComparisonRoutes,
      ];
    },
  },
  {
    prefix: '/township',
    load: async () => {
      const [tenancy, settings] = await Promise.all([import('./tenancy'), import('./settings')]);
      return [tenancy.townshipRoutes, settings.honourRoutes];
    },
  },
  { prefix: '/org', load: async () => [(await import('./org')).orgRoutes] },
  { prefix: '/cases', load: async () => [(await import('./cases')).caseRoutes] },
  { prefix: '/rules', load: async () => [(await import('./rules')).rulesRoutes] },
  { prefix: '/ledger', load: async () => [(await import('./ledger')).ledgerRoutes] },
  { prefix: '/screening', load: async () => [(await import('./screening')).screeningRoutes] },
  { prefix: '/audit', load: async () => [(await import('./audit')).auditRoutes] },
  { prefix: '/reports', load: async () => [(await import('./reports')).reportRoutes] },
  { prefix: '/calendar', load: async () => [(await import('./settings')).calendarRoutes] },
  { prefix: '/routines', load: async () => [(await import('./routines')).routineRoutes] },
  { prefix: '/public', load: async () => [(await import('./public')).publicRoutes] },
  { prefix: '/inbox', load: async () => [(await import('./inbox')).inboxRoutes] },
];
