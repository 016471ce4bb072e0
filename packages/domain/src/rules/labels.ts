import type { NoticeReason, VisitForm, VisitLevel } from '../model';

/** Levels from lowest to highest; comparisons ("district or above") use this order. */
export const levelOrder: readonly VisitLevel[] = ['township', 'district', 'city', 'province', 'national'];

const rankOf: Record<VisitLevel, number> = { township: 0, district: 1, city: 2, province: 3, national: 4 };

export function levelRank(level: VisitLevel): number {
  // A table rather than indexOf: the evaluator asks several times per visit. Unknown levels stay -1, as before.
  return Object.hasOwn(rankOf, level) ? rankOf[level] : -1;
}

export const levelLabel: Record<VisitLevel, string> = {
  township: '到镇',
  district: '到区',
  city: '到市',
  province: '赴省',
  national: '进京',
};

export const formLabel: Record<VisitForm, string> = {
  individual: '个人访',
  collective: '集体访',
};

/** "集体访·到区" — the kind of a visit as users name it. */
export function visitKindLabel(form: VisitForm, level: VisitLevel): string {
  return `${formLabel[form]}·${levelLabel[level]}`;
}

/** 10000 fen → "100元"; 5050 fen → "50.50元". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${yuan}元` : `${sign}${yuan}.${String(rest).padStart(2, '0')}元`;
}

/** 通报事由 as the district's notice and the township's case page say it. */
export const noticeReasonLabel: Record<NoticeReason, string> = {
  escalation: '越级到区及以上',
  repeat: '重复信访未化解',
  collective: '集体访',
  overdue: '办理超期',
  ineffective: '化解不力',
  other: '其他',
};
