import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseSummaryDto, RegisterCaseInput } from './case-types';
import { postAs } from './read-as';

/** One key per filled-in form: a double click or a retry after a lost answer registers the case once. */
export function registerCase(input: RegisterCaseInput, idempotencyKey: string): Promise<CaseSummaryDto> {
  return postAs<CaseSummaryDto>('/api/cases', input, { 'idempotency-key': idempotencyKey });
}

export function useRegisterCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: RegisterCaseInput; key: string }) => registerCase(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
