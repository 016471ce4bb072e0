import type { Messages } from './zh-CN';

/** The case pages' texts in English; the type forces the same keys as Chinese. */
export const casesEn: Messages['cases'] = {
  listTitle: 'Cases',
};
