import { z } from 'zod';
import { VisitForm, VisitLevel } from '../model';
import { Sanction } from '../rules';

const Fen = z.number().int().nonnegative();

/**
 * 规则测试用例: one visit an admin describes, and the fines they expect it to bring. "A notified national
 * repeat visit fines the village head 2000" is `{ unit: 'village', level: 'national', form: 'individual',
 * repeats: 2, notified: true, expect: { villageHeadFen: 200000 } }`. An expected amount of `null` means "not
 * fined"; an absent one is not checked. Sanctions, when given, are the whole set the visit brings anyone.
 */
export const RuleTestCase = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** The kind of unit the case is on: a village case charges the village head and its office's head. */
  unit: z.enum(['village', 'office', 'department']),
  level: VisitLevel,
  form: VisitForm,
  repeats: z.number().int().min(0).max(20),
  /** Notified by the district (or higher); otherwise the no-notice modifier applies. */
  notified: z.boolean(),
  expect: z
    .object({
      villageHeadFen: Fen.nullable().optional(),
      officeHeadFen: Fen.nullable().optional(),
      leadingCadreFen: Fen.nullable().optional(),
      sanctions: z.array(Sanction).optional(),
    })
    .refine((e) => Object.values(e).some((v) => v !== undefined), { message: '至少写明一项预期结果' }),
});
export type RuleTestCase = z.infer<typeof RuleTestCase>;

export const RuleTestSuite = z
  .array(RuleTestCase)
  .max(200)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    message: '测试用例编号重复',
  });
export type RuleTestSuite = z.infer<typeof RuleTestSuite>;

/** What one case gave under a rule set: the amounts per role (null: not fined) and, when any, what failed. */
export interface RuleTestResult {
  id: string;
  name: string;
  passed: boolean;
  actual: {
    villageHeadFen: number | null;
    officeHeadFen: number | null;
    leadingCadreFen: number | null;
    sanctions: Sanction[];
  };
  /** Chinese, one line per expectation not met. */
  failures: string[];
}
