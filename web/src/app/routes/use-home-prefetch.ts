import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { monthlySummaryQueryOptions } from '../../features/reports/api/get-monthly-summary';
import { districtTownshipsQueryOptions } from '../../features/tenancy/api/get-district-townships';
import { townshipQueryOptions } from '../../features/tenancy/api/get-township';
import { getToken } from '../../lib/session';
import { tokenClaims } from '../../lib/token-claims';

/**
 * Starts the home page's own reads together with /api/me instead of after it (no request waterfall): the token's
 * claims say which home the user will see. A wrong guess costs one unused request; the page still waits for
 * /api/me before it decides what to draw.
 */
export function useHomePrefetch(month: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const claims = tokenClaims(getToken());
    if (claims.tenant === undefined) {
      void queryClient.prefetchQuery(districtTownshipsQueryOptions());
      return;
    }
    void queryClient.prefetchQuery(townshipQueryOptions());
    if (claims.role !== 'unit_reporter') void queryClient.prefetchQuery(monthlySummaryQueryOptions(month));
  }, [queryClient, month]);
}
