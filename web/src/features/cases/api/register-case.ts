import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisteredCase } from '@xinfang/api';
import type { RegisterCaseInput } from './case-types';
import { postAs } from './read-as';

/** One key per filled-in form: a double click or a retry after a lost answer registers the case once. */
/** The answer carries the petitioner's query code (查询码), the one time it is ever shown (a replay omits it). */
export function registerCase(input: RegisterCaseInput, idempotencyKey: string): Promise<RegisteredCase> {
  return postAs<RegisteredCase>('/api/cases', input, { 'idempotency-key': idempotencyKey });
}

export function useRegisterCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: RegisterCaseInput; key: string }) => registerCase(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
