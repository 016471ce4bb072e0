import { z } from 'zod';

const Days = z.number().int().positive();

/**
 * Per-township case deadlines. Defaults are the national ones (信访工作条例, 2022): acceptance decided
 * within 15 days; resolved within 60 days of acceptance, extendable by at most 30; review (复查) and
 * re-review (复核) answered within 30 days each.
 *
 * `dayKind`: the regulation counts natural days (日), so 'calendar' is the default; a township that
 * counts 工作日 switches to 'working', and every period then skips official holidays and weekends
 * (keeping 调休 make-up days as working days).
 */
export const DeadlineSettings = z.object({
  acceptanceDays: Days.default(15),
  resolutionDays: Days.default(60),
  maxExtensionDays: z.number().int().nonnegative().default(30),
  reviewDays: Days.default(30),
  reReviewDays: Days.default(30),
  dayKind: z.enum(['calendar', 'working']).default('calendar'),
});
export type DeadlineSettings = z.infer<typeof DeadlineSettings>;

export const defaultDeadlineSettings: DeadlineSettings = DeadlineSettings.parse({});
