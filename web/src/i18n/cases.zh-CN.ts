/** The case pages' texts (/cases, /cases/new, /cases/:id), Simplified Chinese. */
export const casesZhCN = {
  listTitle: '信访事项',
} as const;
