import type { OrgIndex } from '../org';
import type { VetoHit } from './judge-case';
import type { VetoEntry } from './ledger';
import { sortByKey } from './sort-by-key';

/** One veto per (unit or person, year), citing every visit that triggered it. */
export function aggregateVetoes(hits: readonly VetoHit[], org: OrgIndex): VetoEntry[] {
  const groups = new Map<string, { year: number; target: 'unit' | 'person'; id: string; hits: VetoHit[] }>();
  for (const hit of hits) {
    const targets = [
      ...hit.unitIds.map((id) => ['unit', id] as const),
      ...hit.personIds.map((id) => ['person', id] as const),
    ];
    for (const [target, id] of targets) {
      const key = `veto:${hit.year}:${target}:${id}`;
      const group = groups.get(key) ?? { year: hit.year, target, id, hits: [] };
      group.hits.push(hit);
      groups.set(key, group);
    }
  }
  return sortByKey([...groups], [([k]) => k]).map(([key, g]) => {
    const hits = sortByKey([...g.hits], [(h) => h.visitDate, (h) => h.caseId, (h) => h.visitId]);
    const visits = hits.map((h) => ({
      caseId: h.caseId,
      caseNumber: h.caseNumber,
      visitId: h.visitId,
      visitDate: h.visitDate,
      ruleVersionId: h.ruleVersionId,
    }));
    const name = g.target === 'unit' ? (org.unit(g.id)?.name ?? g.id) : (org.person(g.id)?.name ?? g.id);
    const cited = visits.map((v) => `${v.visitDate}（${v.caseNumber}）`).join('、');
    return {
      id: key,
      year: g.year,
      target: g.target,
      ...(g.target === 'unit' ? { unitId: g.id } : { personId: g.id }),
      visits,
      explanation: `${name}${g.year}年度取消评先树优资格（一票否决）：区级以上上访且被区级通报 ${cited}`,
    };
  });
}
