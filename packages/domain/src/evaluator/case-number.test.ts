import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../model';
import { mkCase, run } from './test-fixtures';

/** The same case registered with a 编号, as the product numbers new cases (`xiji-2026-058`). */
const numbered = (c: CaseRecord, number: string): CaseRecord => ({
  ...c,
  events: c.events.map((e) => (e.kind === 'registered' ? { ...e, number } : e)),
});

describe('entries name a case by its 编号 (the number officials read), never only its id', () => {
  // 1a (first individual township visit: a retrieval task), then 1b (fines), then a notified collective district
  // visit (fines and a veto); registered in 2020 and resolved in 2026: a backlog reward too.
  const steps = [
    { visit: 'n1', on: '2026-03-02', level: 'township' as const },
    { visit: 'n2', on: '2026-03-09', level: 'township' as const },
    { visit: 'n3', on: '2026-04-02', level: 'district' as const, form: 'collective' as const },
    { notice: 'n3', on: '2026-04-03' },
    { resolved: '2026-06-01' },
  ];
  const plain = mkCase('3f1c9a52-case-uuid', ['v1'], '2026-03-01', steps, '2020-01-01');
  const withNumber = numbered(plain, 'xiji-2026-058');
  const l = run([withNumber]);

  it('a fine and a retrieval task carry the case number next to the case id', () => {
    expect(l.fines.length).toBeGreaterThan(0);
    for (const f of l.fines) expect(f).toMatchObject({ caseId: plain.id, caseNumber: 'xiji-2026-058' });
    expect(l.retrievalTasks.map((t) => [t.caseId, t.caseNumber])).toEqual([[plain.id, 'xiji-2026-058']]);
  });

  it("a veto cites the visit by the case's number; a backlog reward names the case by it", () => {
    const veto = l.vetoes.find((v) => v.id === 'veto:2026:unit:v1');
    expect(veto?.visits.map((v) => v.caseNumber)).toEqual(['xiji-2026-058']);
    expect(veto?.explanation).toContain('2026-04-02（xiji-2026-058）');
    expect(veto?.explanation).not.toContain(plain.id);
    const backlog = l.rewards.filter((r) => r.kind === 'backlog');
    expect(backlog.length).toBeGreaterThan(0);
    for (const r of backlog) {
      expect(r.caseNumber).toBe('xiji-2026-058');
      expect(r.explanation).toContain('化解积案xiji-2026-058（2020-01-01首次登记，6年）');
    }
  });

  it('the number is for display only: ids, amounts and sanctions are those of the same case without one', () => {
    const before = run([plain]);
    const strip = (x: { caseNumber?: string }) => ({ ...x, caseNumber: undefined });
    expect(l.fines.map(strip)).toEqual(before.fines.map(strip));
    expect(l.retrievalTasks.map(strip)).toEqual(before.retrievalTasks.map(strip));
    expect(l.totals).toEqual(before.totals);
    expect(l.fines.map((f) => f.id)).toEqual(before.fines.map((f) => f.id));
  });

  it('a warning about a case names it by its number', () => {
    const twice = run([withNumber, withNumber]).warnings.find((w) => w.code === 'duplicate_case');
    expect(twice?.message).toBe('信访事项xiji-2026-058重复出现，只计算第一份');
  });

  it('a case registered before numbers existed is named by its id, as its number', () => {
    const before = run([plain]);
    for (const f of before.fines) expect(f.caseNumber).toBe(plain.id);
    expect(before.vetoes[0]?.explanation).toContain(`（${plain.id}）`);
  });
});
