import { z } from '@hono/zod-openapi';
import { IsoDate, Satisfaction } from '@xinfang/domain';

/**
 * A query code as typed: any text up to 64 characters. Its format is not checked here on purpose: every code is
 * hashed and looked up alike, so a mistyped code answers exactly as an unknown one does.
 */
const Code = z
  .string()
  .min(1)
  .max(64)
  .openapi({ description: '查询码，如 7KQ9-M2XD-PW4H-C8RT（大小写、空格、短横线均可）' });

export const TrackRequestSchema = z.object({ code: Code }).openapi('TrackRequest');

export const RateRequestSchema = z
  .object({
    code: Code,
    result: Satisfaction,
    comment: z.string().trim().max(500).optional().openapi({ description: '意见（可选）' }),
  })
  .openapi('RateRequest');

/** 受理 · 办理 · 办结 · 复查: the four stages a petitioner follows. */
export const PublicStage = z.enum(['accepting', 'handling', 'resolved', 'review']);
export type PublicStage = z.infer<typeof PublicStage>;

/**
 * What the petitioner sees of a case: stages, dates, deadlines, the handling units' names and the reply. Never a
 * person's name, an event's author, another case, or anything of the accountability ledger.
 */
export const PublicCaseViewSchema = z
  .object({
    township: z.string(),
    category: z.string(),
    stage: PublicStage,
    stageLabel: z.string(),
    stages: z.array(z.object({ stage: PublicStage, label: z.string(), reached: z.boolean() })),
    registeredOn: IsoDate,
    acceptanceDeadline: IsoDate,
    acceptedOn: IsoDate.optional(),
    resolutionDeadline: IsoDate,
    resolvedOn: IsoDate.optional(),
    closedOn: IsoDate.optional(),
    reviewOn: IsoDate.optional(),
    reviewDeadline: IsoDate.optional(),
    handlingUnits: z.array(z.string()).openapi({ description: '承办单位名称' }),
    reply: z.string().optional().openapi({ description: '答复意见（办结后）' }),
    rating: z
      .object({ result: Satisfaction, label: z.string(), on: IsoDate })
      .optional()
      .openapi({ description: '信访人对本次答复的评价' }),
    canRate: z.boolean(),
    reviewRequest: z
      .object({ kind: z.enum(['review', 're_review']), label: z.string(), by: IsoDate, how: z.string() })
      .optional()
      .openapi({ description: '不满意时：如何在 30 日内请求复查（或复核）' }),
  })
  .openapi('PublicCaseView');
export type PublicCaseView = z.infer<typeof PublicCaseViewSchema>;
