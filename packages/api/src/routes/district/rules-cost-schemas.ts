import { z } from '@hono/zod-openapi';
import { Sanction, VisitForm, VisitLevel } from '@xinfang/domain';
import { ApiDate } from '../../http/dates';

// POST /api/district/rules/cost: the chosen townships' rule tables as the evaluator reads them, cell by cell, and
// what one set of visits would cost under each. A hypothetical mix: no case, no petitioner, nothing stored.

const Fen = z.number().int().nonnegative();
const Amount = Fen.nullable().openapi({ description: '每人每次（分）；null：不罚款' });

export const MixLineSchema = z.object({
  level: VisitLevel,
  form: VisitForm,
  repeats: z.number().int().min(0).max(20),
  count: z.number().int().min(1).max(100_000),
});

export const RulesCostRequestSchema = z
  .object({
    townshipIds: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(10)
      .refine((ids) => new Set(ids).size === ids.length, { message: '乡镇重复' }),
    /** The rules in force on this day (default today, Asia/Shanghai). */
    on: ApiDate.optional(),
    /** Whether the mix's visits carry a district notice (otherwise the no-notice modifier halves the fines). */
    notified: z.boolean().default(true),
    visits: z.array(MixLineSchema).max(200).default([]),
  })
  .openapi('DistrictRulesCostRequest');

const CellAmounts = z.object({
  officeHeadFen: Amount,
  villageHeadFen: Amount,
  leadingCadreFen: Amount,
  sanctions: z.array(Sanction),
});

export const RuleCellSchema = CellAmounts.extend({
  level: VisitLevel,
  form: VisitForm,
  /** The last cell of a kind stands for "this many repeats and more". */
  repeats: z.number().int().nonnegative(),
  rowId: z.string().nullable(),
  /** The row asks the case's units to take the matter back and resolve it (领回办结). */
  retrieval: z.boolean(),
});

export const RulesCostSchema = z
  .object({
    on: z.string(),
    /** Cells run from 0 repeats to `horizon`, which stands for "horizon and more" in every township's table. */
    horizon: z.number().int().nonnegative(),
    notified: z.boolean(),
    townships: z.array(
      z.object({
        townshipId: z.string(),
        name: z.string(),
        version: z.object({ id: z.string(), name: z.string(), effectiveFrom: z.string() }).nullable(),
        /** A village case's visit, notified by the district: one office head, one village head, one cadre. */
        cells: z.array(RuleCellSchema),
        mix: z.object({
          lines: z.array(MixLineSchema.extend(CellAmounts.shape).extend({ perVisitFen: Fen, totalFen: Fen })),
          totalFen: Fen,
        }),
      }),
    ),
  })
  .openapi('DistrictRulesCost', { description: '乡镇规则对比与一组来访在各乡镇规则下的罚款（假设，不含信访人）' });

export type RulesCostRequest = z.infer<typeof RulesCostRequestSchema>;
export type RulesCost = z.infer<typeof RulesCostSchema>;
export type RuleCell = z.infer<typeof RuleCellSchema>;
export type MixLine = z.infer<typeof MixLineSchema>;
