import { CaseEvent, CaseStatus, CaseType, Satisfaction, VisitLevel } from '@xinfang/domain';
import { z } from 'zod';

/** An event as stored: the domain event plus who owns it. Items read back are parsed, never cast. */
export const StoredCaseEvent = z.object({
  tenantId: z.string(),
  districtId: z.string(),
  caseId: z.string(),
  recordedAt: z.string(),
  event: CaseEvent,
});
export type StoredCaseEvent = z.infer<typeof StoredCaseEvent>;

/** What a case list shows: the fold's headline fields. Never a petitioner's identity. */
export const CaseSummary = z.object({
  id: z.string(),
  /** 编号 (e.g. xiji-2026-046); summaries written before it existed have none: their id is their number. */
  number: z.string().optional(),
  townshipId: z.string(),
  status: CaseStatus,
  caseType: CaseType,
  category: z.string(),
  summary: z.string(),
  originUnitId: z.string(),
  responsibleUnitIds: z.array(z.string()),
  registeredOn: z.string(),
  firstRegisteredOn: z.string(),
  acceptedOn: z.string().optional(),
  acceptanceDeadline: z.string(),
  resolutionDeadline: z.string(),
  resolvedOn: z.string().optional(),
  resolvedOnTime: z.boolean().optional(),
  closedOn: z.string().optional(),
  satisfaction: Satisfaction.optional(),
  seriousImpact: z.boolean(),
  visitCount: z.number().int(),
  latestVisitLevel: VisitLevel.optional(),
  latestVisitOn: z.string().optional(),
  retrievalCostFen: z.number().int(),
  /** District (or higher) notices on the case's visits; absent on summaries projected before it was added. */
  noticeCount: z.number().int().optional(),
  lastSeq: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** 信访人: kept in its own item, returned only to case handlers of the owning township. */
export const Petitioner = z.object({
  name: z.string().min(1).max(100),
  contact: z.string().max(100).optional(),
  address: z.string().max(300).optional(),
});
export type Petitioner = z.infer<typeof Petitioner>;
