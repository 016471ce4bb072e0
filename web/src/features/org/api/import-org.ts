import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';
import { getToken } from '../../../lib/session';
import type { OrgImportPreview, OrgImportResult } from './types';

/** The file's bytes as base64, the form the import endpoints take. */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function previewImport(file: string): Promise<OrgImportPreview> {
  return (await apiClient.post('/api/org/import/preview', { file })) as OrgImportPreview;
}

/** The key makes a repeated click or a retry after a lost answer one commit. */
export async function commitImport(input: { file: string; key: string }): Promise<OrgImportResult> {
  return (await request('/api/org/import/commit', {
    method: 'POST',
    body: { file: input.file },
    headers: { 'idempotency-key': input.key },
  })) as OrgImportResult;
}

/** Saves the template through the browser (the endpoint needs the token, so a plain link would not do). */
export async function downloadTemplate(): Promise<void> {
  const token = getToken();
  const response = await fetch('/api/org/import/template', {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = '组织导入模板.xlsx';
  link.click();
  URL.revokeObjectURL(url);
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({ mutationFn: commitImport, onSuccess: () => client.invalidateQueries({ queryKey: ['org'] }) });
}
