import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { WhatIfResult } from './types';

export interface WhatIfPeriod {
  from: string;
  to: string;
}

/** The period re-scored under the saved draft, against the rules in force: per person and per unit. Writes nothing. */
export async function runWhatIf(draftId: string, period: WhatIfPeriod): Promise<WhatIfResult> {
  const body = await apiClient.post(`/api/rules/drafts/${encodeURIComponent(draftId)}/what-if`, period);
  return obj(body, 'what-if') as WhatIfResult;
}

export function useWhatIf(draftId: string) {
  return useMutation({ mutationFn: (period: WhatIfPeriod) => runWhatIf(draftId, period) });
}
