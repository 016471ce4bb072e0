import type { CaseRecord, IsoDate, Org, RuleSet } from '@xinfang/domain';

/** The petitioner of a demo case: placeholder identity, written only through the store's petitioner item. */
export interface DemoPetitioner {
  name: string;
  /** A fictitious phone number (1380000xxxx). */
  contact: string;
}

export interface DemoCase {
  record: CaseRecord;
  petitioner: DemoPetitioner;
}

export interface DemoTownship {
  /** Short latin slug used inside ids (e.g. `xiji`), so ids never collide between townships. */
  slug: string;
  org: Org;
  ruleSet: RuleSet;
  /** What the rule variant changes against the default pack, in Chinese, for the seed report. */
  ruleNote: string;
  cases: DemoCase[];
}

export interface DemoDistrict {
  id: string;
  name: string;
  townships: DemoTownship[];
}

export interface TownshipSpec {
  id: string;
  slug: string;
  name: string;
}

export interface GenerateOptions {
  seed: number;
  /** The last day of the data (Asia/Shanghai): the generator never reads the clock itself. */
  today: IsoDate;
  district?: { id: string; name: string };
  townships?: TownshipSpec[];
}
