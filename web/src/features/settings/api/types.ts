// The settings API's shapes, as the API's own types (z.infer of its schemas).
import type { CalendarOverrideView, CalendarYearView, HonourListView, HonourView } from '@xinfang/api';

export type CalendarYear = CalendarYearView;
export type CalendarOverride = CalendarOverrideView;
export type Honour = HonourView;
export type HonourList = HonourListView;
