import type {
  CaseStatus,
  CaseType,
  Channel,
  IsoDate,
  NoticeReason,
  Satisfaction,
  VisitForm,
  VisitLevel,
} from '../model';

export type NoticeLevel = 'district' | 'city' | 'province' | 'national';

export interface VisitNotice {
  level: NoticeLevel;
  on: IsoDate;
  seq: number;
  reason?: NoticeReason;
}

export interface VisitState {
  visitId: string;
  seq: number;
  on: IsoDate;
  level: VisitLevel;
  form: VisitForm;
  headcount: number;
  channel: Channel;
  /** 1-based position among the case's visits at the same level, ordered by (date, seq). repeats = ordinal − 1. */
  ordinal: number;
  /** 1-based position among all the case's visits, ordered by (date, seq): the "all levels" counting. */
  ordinalOverall: number;
  /** 通报 of this visit by higher levels, in seq order. */
  notices: VisitNotice[];
  firstNoticeOn?: IsoDate;
}

/** One change of the resolution deadline: from `from` on, the case is due on `deadline`. */
export interface DeadlineStep {
  from: IsoDate;
  seq: number;
  deadline: IsoDate;
  /** provisional: not yet accepted, counted from the acceptance deadline; accepted; extension. */
  reason: 'provisional' | 'accepted' | 'extension';
}

export interface Extension {
  seq: number;
  on: IsoDate;
  days: number;
}

export interface Retrieval {
  seq: number;
  on: IsoDate;
  unitId: string;
  costFen: number;
}

/** The fold of a case's events: plain data, safe to serialise. Deadlines are dates; overdue-ness is computed on demand. */
export interface CaseState {
  caseId: string;
  /** 编号 as officials read it: the one given at registration, else the case id (imported cases carry it there). */
  number: string;
  townshipId: string;
  status: CaseStatus;
  caseType: CaseType;
  category: string;
  summary: string;
  originUnitId: string;
  /** The latest units_changed wins. */
  responsibleUnitIds: string[];
  registeredOn: IsoDate;
  /** For backlog imported from paper; equals registeredOn otherwise. Backlog age counts from here. */
  firstRegisteredOn: IsoDate;
  acceptedOn?: IsoDate;
  acceptanceDeadline: IsoDate;
  extensions: Extension[];
  extensionDaysGranted: number;
  /** The current resolution deadline (acceptance + resolutionDays + granted extensions). */
  resolutionDeadline: IsoDate;
  /** True while the case is not yet accepted: the deadline then runs from the acceptance deadline. */
  resolutionDeadlineProvisional: boolean;
  resolutionDeadlineSteps: DeadlineStep[];
  resolvedOn?: IsoDate;
  resolvedSeq?: number;
  /** The latest 结案 (a reviewed case closes again). */
  closedOn?: IsoDate;
  firstClosedOn?: IsoDate;
  reviewOn?: IsoDate;
  reviewDeadline?: IsoDate;
  reReviewOn?: IsoDate;
  reReviewDeadline?: IsoDate;
  /** The latest feedback wins (a petitioner may answer again after a review). */
  satisfaction?: Satisfaction;
  satisfactionOn?: IsoDate;
  seriousImpact: boolean;
  seriousImpactOn?: IsoDate;
  /** Ordered by (date, seq). */
  visits: VisitState[];
  retrievals: Retrieval[];
  retrievalCostFen: number;
  lastSeq: number;
}
