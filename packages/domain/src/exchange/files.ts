import { z } from 'zod';
import { CaseRecord, Org } from '../model';
import { RuleSet } from '../rules';

/** A township's org chart and cases, as exchanged between installations and read by `xinfang evaluate`. */
export const DataFile = z.object({
  format: z.literal('xinfang-data/1'),
  org: Org,
  cases: z.array(CaseRecord),
});
export type DataFile = z.infer<typeof DataFile>;

/** A township's rule set versions; a visit is judged by the version in force on its date. */
export const RulesFile = z.object({
  format: z.literal('xinfang-rules/1'),
  versions: z.array(RuleSet).min(1),
});
export type RulesFile = z.infer<typeof RulesFile>;

export const schemaFileNames = {
  data: 'xinfang-data-1.schema.json',
  rules: 'xinfang-rules-1.schema.json',
} as const;

/**
 * The JSON Schemas of both files (draft 2020-12, input side: defaults may be left out). Generated, never
 * hand-edited: docs/schemas holds them and a test checks they match these schemas.
 */
export function exchangeJsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, id: string, title: string) => ({
    $id: `https://xinfang.example/schemas/${id}`,
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    [schemaFileNames.data]: gen(DataFile, schemaFileNames.data, 'xinfang 数据文件 (xinfang-data/1)'),
    [schemaFileNames.rules]: gen(RulesFile, schemaFileNames.rules, 'xinfang 规则文件 (xinfang-rules/1)'),
  };
}

/** Parse errors as "path: message" lines, e.g. `org.units.2.officeId: 村必须属于一个办事处…`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(根)'}: ${i.message}`);
}
