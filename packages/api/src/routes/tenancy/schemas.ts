import { z } from '@hono/zod-openapi';
import { Id, Township } from '@xinfang/domain';
import { RuleSetSchema } from '../rules/rule-schemas';

export const TownshipRecordSchema = Township.extend({ createdAt: z.string() }).openapi('Township');

export const TownshipListSchema = z.object({ items: z.array(TownshipRecordSchema) }).openapi('TownshipList');

/** A district overseer onboards a township: the district comes from the token, never the body. */
export const NewTownshipSchema = z
  .object({
    id: Id.regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能含小写字母、数字和连字符'),
    name: z.string().trim().min(1, '请填写乡镇名称').max(50),
    population: z.number().int().nonnegative(),
    /** The township's first admin (乡镇管理员): signs in as `<township id>-admin`. */
    admin: z
      .object({ name: z.string().trim().min(1, '请填写管理员姓名').max(30, '姓名最多30个字') })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('NewTownship');

export const OnboardedTownshipSchema = TownshipRecordSchema.extend({
  initialRuleSetId: z.string(),
  /** The first admin's sign-in id and name, when one was asked for. */
  admin: z.object({ id: z.string(), name: z.string() }).optional(),
}).openapi('OnboardedTownship');

/** The district's rule template (区级规则模板): what a township onboarded from now on starts with. */
export const RuleTemplateSchema = z
  .object({
    /** False while the district has saved none: the template is then the default pack. */
    saved: z.boolean(),
    ruleSet: RuleSetSchema,
  })
  .openapi('DistrictRuleTemplate');

export const SaveRuleTemplateSchema = z.object({ ruleSet: RuleSetSchema }).strict().openapi('SaveDistrictRuleTemplate');

export type DistrictRuleTemplate = z.infer<typeof RuleTemplateSchema>;
export type NewTownshipInput = z.input<typeof NewTownshipSchema>;
export type OnboardedTownship = z.infer<typeof OnboardedTownshipSchema>;
