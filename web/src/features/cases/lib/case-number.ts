import type { CaseSummaryDto } from '../api/case-types';

/** 编号 as officials quote it (xiji-2026-046); a case stored before numbers existed is known by its id. */
export const caseNumberOf = (c: Pick<CaseSummaryDto, 'id' | 'number'>): string => c.number ?? c.id;
