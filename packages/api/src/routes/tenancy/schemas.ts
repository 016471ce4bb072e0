import { z } from '@hono/zod-openapi';
import { Id, Township } from '@xinfang/domain';

export const TownshipRecordSchema = Township.extend({ createdAt: z.string() }).openapi('Township');

export const TownshipListSchema = z.object({ items: z.array(TownshipRecordSchema) }).openapi('TownshipList');

/** A district overseer onboards a township: the district comes from the token, never the body. */
export const NewTownshipSchema = z
  .object({
    id: Id.regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能含小写字母、数字和连字符'),
    name: z.string().trim().min(1, '请填写乡镇名称').max(50),
    population: z.number().int().nonnegative(),
  })
  .strict()
  .openapi('NewTownship');

export const OnboardedTownshipSchema = TownshipRecordSchema.extend({ initialRuleSetId: z.string() }).openapi(
  'OnboardedTownship',
);
