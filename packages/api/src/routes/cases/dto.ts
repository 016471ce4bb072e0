import type { z } from '@hono/zod-openapi';
import type { OrgSchema } from '../org/schemas';
import type { CaseActionSchema } from './event-body';
import type {
  AppendedSchema,
  CaseCountSchema,
  CaseDetailSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CaseSummarySchema,
  DeadlineRowSchema,
  IntakeSettingsSchema,
  PetitionerSchema,
  RegisterCaseSchema,
  TimelineEntrySchema,
} from './schemas';

// The case routes' request and response shapes for the web app (`import type` only): answers as they come out
// (z.output), requests as a client writes them (z.input).
export type CaseSummaryDto = z.output<typeof CaseSummarySchema>;
export type CaseListDto = z.output<typeof CaseListSchema>;
export type CaseCountDto = z.output<typeof CaseCountSchema>;
export type CaseDetailDto = z.output<typeof CaseDetailSchema>;
export type TimelineEntryDto = z.output<typeof TimelineEntrySchema>;
export type DeadlineRowDto = z.output<typeof DeadlineRowSchema>;
export type CaseAppendedDto = z.output<typeof AppendedSchema>;
export type IntakeSettingsDto = z.output<typeof IntakeSettingsSchema>;
export type PetitionerDto = z.output<typeof PetitionerSchema>;
export type RegisterCaseInput = z.input<typeof RegisterCaseSchema>;
export type CaseActionInput = z.input<typeof CaseActionSchema>;
export type CaseListQueryInput = z.input<typeof CaseListQuerySchema>;
/** `GET /api/org` as the case forms read it: units and people to pick from. */
export type CaseOrgDto = z.output<typeof OrgSchema>;
