import data from 'chinese-days/dist/chinese-days.json';

// The State Council's published holidays and 调休 make-up working days, as shipped by chinese-days.
// We read its data table rather than call its helpers: those parse dates as UTC but format them in
// the host's local time zone, which shifts every date by one west of Greenwich.

export interface OfficialDay {
  working: boolean;
  /** Chinese name of the holiday the day belongs to, e.g. 国庆节. */
  name: string;
}

const table = new Map<string, OfficialDay>();
const years = new Set<number>();

function chineseName(value: string): string {
  // Values look like "National Day,国庆节,3": English name, Chinese name, length in days.
  return value.split(',')[1] ?? value;
}

for (const [date, value] of Object.entries(data.holidays)) {
  table.set(date, { working: false, name: chineseName(value) });
  years.add(Number(date.slice(0, 4)));
}
for (const [date, value] of Object.entries(data.workdays)) {
  table.set(date, { working: true, name: `${chineseName(value)}调休上班` });
  years.add(Number(date.slice(0, 4)));
}

export function officialDay(date: string): OfficialDay | undefined {
  return table.get(date);
}

/** Years whose official arrangement chinese-days publishes. */
export function officiallyKnownYear(year: number): boolean {
  return years.has(year);
}
