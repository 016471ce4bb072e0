import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import { draftQueryOptions } from './get-draft';
import type { RuleDraft } from './types';

/** The file's bytes as base64, the way the import endpoint takes them. */
async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Replaces the draft's rule table with a workbook's; a 422 names every cell that could not be read. */
export async function importRuleWorkbook(draftId: string, version: number, file: Blob): Promise<RuleDraft> {
  const body = await apiClient.post(`/api/rules/drafts/${encodeURIComponent(draftId)}/import`, {
    version,
    workbookBase64: await toBase64(file),
  });
  return obj(body, 'draft') as RuleDraft;
}

export function useImportRuleWorkbook(draftId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, file }: { version: number; file: Blob }) => importRuleWorkbook(draftId, version, file),
    onSuccess: (draft) => queryClient.setQueryData(draftQueryOptions(draftId).queryKey, draft),
  });
}
