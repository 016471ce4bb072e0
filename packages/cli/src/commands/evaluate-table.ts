import { formatYuan, sanctionLabel, type Ledger, type LedgerDiff } from '@xinfang/domain';

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const yuan = (fen: number) => formatYuan(fen).replace(/元$/, '');

/** The ledger for a person at a terminal: totals per person and per unit in yuan, then every fine explained. */
export function ledgerTable(l: Ledger): string {
  const out: string[] = [`期间 ${l.period.from} 至 ${l.period.to}，通知日期 ${l.noticeDate}`, ''];
  out.push('人员合计');
  out.push(
    table(
      ['编号', '姓名', '罚款(元)', '次数', '奖励(元)', '处分', '一票否决', '缴款期限'],
      l.totals.byPerson.map((p) => [
        p.personId,
        p.name,
        yuan(p.finesFen),
        String(p.fineCount),
        yuan(p.rewardsFen),
        p.sanctions.map((s) => sanctionLabel[s]).join('、'),
        p.vetoed ? '是' : '',
        p.dueOn ?? '',
      ]),
    ),
  );
  out.push('', '单位合计');
  out.push(
    table(
      ['编号', '单位', '罚款(元)', '奖励(元)', '领回任务', '一票否决'],
      l.totals.byUnit.map((u) => [
        u.unitId,
        u.name,
        yuan(u.finesFen),
        yuan(u.rewardsFen),
        String(u.retrievalTasks),
        u.vetoed ? '是' : '',
      ]),
    ),
  );
  out.push('', `罚款明细（${l.fines.length}条，合计${formatYuan(l.totals.finesFen)}）`);
  const names = new Map(l.totals.byPerson.map((p) => [p.personId, p.name]));
  for (const f of l.fines) out.push(`  ${names.get(f.personId) ?? f.personId}  ${f.caseId}  ${f.explanation}`);
  if (l.retrievalTasks.length > 0)
    out.push(
      '',
      '领回办结任务',
      ...l.retrievalTasks.map((t) => `  ${t.explanation}${t.retrievedOn ? `（${t.retrievedOn}已领回）` : ''}`),
    );
  if (l.vetoes.length > 0) out.push('', '一票否决', ...l.vetoes.map((v) => `  ${v.explanation}`));
  if (l.rewards.length > 0)
    out.push(
      '',
      `奖励（合计${formatYuan(l.totals.rewardsFen)}）`,
      ...l.rewards.map((r) => `  ${r.explanation}${r.note ? `；${r.note}` : ''}`),
    );
  if (l.warnings.length > 0) out.push('', '提示', ...l.warnings.map((w) => `  ${w.message}`));
  return `${out.join('\n')}\n`;
}

/** What publishing a draft changes, per person, in yuan. */
export function diffTable(d: LedgerDiff): string {
  const out = [
    `罚款合计：${formatYuan(d.totals.beforeFen)} → ${formatYuan(d.totals.afterFen)}（变化 ${formatYuan(d.totals.deltaFen)}）`,
    `奖励合计：${formatYuan(d.totals.beforeRewardsFen)} → ${formatYuan(d.totals.afterRewardsFen)}`,
    '',
  ];
  if (d.persons.length === 0) return `${out.join('\n')}没有人员受影响\n`;
  out.push(
    table(
      ['编号', '姓名', '原罚款(元)', '新罚款(元)', '变化(元)', '新增', '取消', '变更'],
      d.persons.map((p) => [
        p.personId,
        p.name,
        yuan(p.beforeFen),
        yuan(p.afterFen),
        yuan(p.deltaFen),
        String(p.added.length),
        String(p.removed.length),
        String(p.changed.length),
      ]),
    ),
  );
  for (const p of d.persons) {
    for (const c of p.changed)
      out.push(`  ${p.personId} 变更 ${formatYuan(c.beforeFen)} → ${formatYuan(c.afterFen)}：${c.explanation}`);
    for (const c of p.added) out.push(`  ${p.personId} 新增 ${formatYuan(c.afterFen)}：${c.explanation}`);
    for (const c of p.removed) out.push(`  ${p.personId} 取消 ${formatYuan(c.beforeFen)}：${c.explanation}`);
  }
  return `${out.join('\n')}\n`;
}
