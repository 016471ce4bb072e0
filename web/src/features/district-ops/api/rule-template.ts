import type { DistrictRuleTemplate, RuleSet } from '@xinfang/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';

/** The district's template: the rules a township onboarded from now on starts with. */
export async function getRuleTemplate(signal?: AbortSignal): Promise<DistrictRuleTemplate> {
  return (await apiClient.get('/api/district/rule-template', signal)) as DistrictRuleTemplate;
}

export const ruleTemplateQueryOptions = () =>
  queryOptions({ queryKey: ['district', 'rule-template'], queryFn: ({ signal }) => getRuleTemplate(signal) });

export function useRuleTemplate() {
  return useQuery(ruleTemplateQueryOptions());
}

export async function saveRuleTemplate(ruleSet: RuleSet): Promise<DistrictRuleTemplate> {
  return (await request('/api/district/rule-template', { method: 'PUT', body: { ruleSet } })) as DistrictRuleTemplate;
}

export function useSaveRuleTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveRuleTemplate,
    onSuccess: (saved) => client.setQueryData(ruleTemplateQueryOptions().queryKey, saved),
  });
}
