import { useMutation } from '@tanstack/react-query';
import { requestBlob } from '../../../lib/api-client';

/** Downloads a published version as the Excel workbook the API lays out like the seed's table. */
export async function exportRuleWorkbook(versionId: string, fileName: string): Promise<void> {
  const blob = await requestBlob(`/api/rules/versions/${encodeURIComponent(versionId)}/xlsx`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.xlsx`;
  link.click();
  URL.revokeObjectURL(url);
}

export function useExportRuleWorkbook() {
  return useMutation({
    mutationFn: ({ versionId, fileName }: { versionId: string; fileName: string }) =>
      exportRuleWorkbook(versionId, fileName),
  });
}
