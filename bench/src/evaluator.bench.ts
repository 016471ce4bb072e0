// Evaluator vs GoRules ZEN vs json-rules-engine: the same row classification of a township-year's visits.
import { ZenEngine } from '@gorules/zen-engine';
import {
  createCalendar,
  defaultRuleSet,
  evaluate,
  foldCase,
  rowMatches,
  clauseRange,
  type PenaltyRow,
  type VisitForm,
  type VisitLevel,
} from '@xinfang/domain';
import { Engine } from 'json-rules-engine';
import { cases as generateCases, prng, township } from '../../packages/domain/bench/generate';
import { timeMedian } from './measure';

interface Cell {
  level: VisitLevel;
  form: VisitForm;
  repeats: number;
}

/** The default pack as a ZEN decision table (JDM): one line per match clause, first hit wins, in row order. */
function zenTable(rows: readonly PenaltyRow[]) {
  const list = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
  const rules = rows.flatMap((row, r) =>
    row.match.map((clause, k) => {
      const range = clauseRange(row, clause);
      const repeats = range.max === undefined ? `>= ${range.min}` : `[${range.min}..${range.max}]`;
      return {
        _id: `r${r}-${k}`,
        level: list(clause.levels),
        form: list(clause.forms),
        repeats,
        row: JSON.stringify(row.id),
      };
    }),
  );
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'visit', position: { x: 0, y: 0 } },
      {
        id: 'rows',
        type: 'decisionTableNode',
        name: 'penalty rows',
        position: { x: 200, y: 0 },
        content: {
          hitPolicy: 'first',
          inputs: [
            { id: 'level', name: 'level', field: 'level' },
            { id: 'form', name: 'form', field: 'form' },
            { id: 'repeats', name: 'repeats', field: 'repeats' },
          ],
          outputs: [{ id: 'row', name: 'row', field: 'row' }],
          rules,
        },
      },
      { id: 'out', type: 'outputNode', name: 'row', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'rows', type: 'edge' },
      { id: 'e2', sourceId: 'rows', targetId: 'out', type: 'edge' },
    ],
  };
}

/** The default pack as json-rules-engine rules: one rule per clause, priority by row order (earlier wins). */
function jsonRulesEngine(rows: readonly PenaltyRow[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  rows.forEach((row, r) => {
    for (const clause of row.match) {
      const range = clauseRange(row, clause);
      engine.addRule({
        priority: rows.length - r,
        event: { type: row.id, params: { order: r } },
        conditions: {
          all: [
            { fact: 'level', operator: 'in', value: clause.levels },
            { fact: 'form', operator: 'in', value: clause.forms },
            { fact: 'repeats', operator: 'greaterThanInclusive', value: range.min },
            ...(range.max === undefined ? [] : [{ fact: 'repeats', operator: 'lessThanInclusive', value: range.max }]),
          ],
        },
      });
    }
  });
  return engine;
}

export interface EvaluatorResult {
  visits: number;
  oursMs: number;
  zenMs: number | null;
  jreMs: number;
  evaluateMs: number;
  zenError?: string;
}

export async function benchEvaluator(): Promise<EvaluatorResult> {
  const rand = prng(20260101);
  const org = township(rand);
  const records = generateCases(org, rand, 3000, 6000);
  const rules = defaultRuleSet({ id: 'v2020', effectiveFrom: '2020-01-01' });
  const calendar = createCalendar({});
  const cells: Cell[] = records.flatMap((r) =>
    foldCase(r, rules.deadlines, calendar).visits.map((v) => ({
      level: v.level,
      form: v.form,
      repeats: v.ordinal - 1,
    })),
  );
  const rows = rules.penaltyRows;

  const ours = () => cells.map((c) => rows.find((r) => rowMatches(r, c.level, c.form, c.repeats))?.id ?? null);
  let zen: (() => Promise<(string | null)[]>) | undefined;
  let zenError: string | undefined;
  try {
    const decision = new ZenEngine().createDecision(zenTable(rows));
    zen = async () => {
      const out: (string | null)[] = [];
      for (const c of cells) {
        const res = (await decision.evaluate({ ...c })) as { result?: { row?: string } };
        out.push(res.result?.row ?? null);
      }
      return out;
    };
  } catch (error) {
    zenError = String(error);
  }
  const engine = jsonRulesEngine(rows);
  const jre = async () => {
    const out: (string | null)[] = [];
    for (const c of cells) {
      const { events } = await engine.run({ ...c });
      const first = [...events].sort((a, b) => Number(a.params?.order) - Number(b.params?.order))[0];
      out.push(first?.type ?? null);
    }
    return out;
  };

  // All three must agree on every visit before any timing counts.
  const expected = ours();
  const check = (name: string, got: (string | null)[]) => {
    const bad = got.findIndex((g, i) => g !== expected[i]);
    if (bad >= 0)
      throw new Error(
        `${name} disagrees on visit ${bad}: ${String(got[bad])} ≠ ${String(expected[bad])} (${JSON.stringify(cells[bad])})`,
      );
  };
  check('json-rules-engine', await jre());
  if (zen) {
    try {
      check('ZEN', await zen());
    } catch (error) {
      if (String(error).includes('disagrees')) throw error;
      zenError = String(error);
      zen = undefined;
    }
  }

  const oursMs = await timeMedian(ours, 21, 5);
  const zenMs = zen ? await timeMedian(zen, 7, 1) : null;
  const jreMs = await timeMedian(jre, 5, 1);
  const evaluateMs = await timeMedian(
    () => evaluate({ org, cases: records, ruleVersions: [rules], period: { from: '2026-01-01', to: '2026-12-31' } }),
    7,
    2,
  );
  return { visits: cells.length, oursMs, zenMs, jreMs, evaluateMs, ...(zenError ? { zenError } : {}) };
}
