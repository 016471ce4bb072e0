import type { DemoDistrict, DemoTownship } from '@xinfang/cli';

/** Every identifier and readable name of a township's data. */
export function stringsOf(t: DemoTownship): Set<string> {
  const out = new Set<string>([t.org.township.id, t.org.township.name]);
  for (const u of t.org.units) out.add(u.id).add(u.name);
  for (const p of t.org.people) out.add(p.id).add(p.name);
  for (const a of t.org.assignments) out.add(a.id);
  for (const c of t.cases) {
    out.add(c.record.id).add(c.petitioner.name).add(c.petitioner.contact);
    for (const e of c.record.events) if (e.kind === 'registered') out.add(e.summary);
  }
  return out;
}

/**
 * What must never reach a caller who may not see `victim`: its strings that the caller could not have learnt
 * from the townships it may see (the demo generator reuses names such as 民政办 across townships).
 */
export function forbiddenStrings(
  victim: DemoTownship,
  visible: readonly DemoTownship[],
  extra: readonly string[] = [],
): string[] {
  const seen = new Set(visible.flatMap((t) => [...stringsOf(t)]));
  return [...stringsOf(victim), ...extra].filter((s) => s.length >= 2 && !seen.has(s));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `s` occurs in `text`: ids (ASCII) only as whole tokens, since a short id such as `a2-a3` also occurs
 * inside a request id's hex; names and sentences anywhere.
 */
function occurs(text: string, s: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(s)) return text.includes(s);
  return new RegExp(`(?<![A-Za-z0-9_-])${escape(s)}(?![A-Za-z0-9_-])`).test(text);
}

export function leaked(body: string, forbidden: readonly string[], sent: string): string[] {
  // An id the attacker itself put in the request may be echoed back: that reveals nothing.
  const plain = safeDecode(sent);
  return forbidden.filter((s) => occurs(body, s) && !occurs(plain, s));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function townshipOf(district: DemoDistrict, id: string): DemoTownship {
  const t = district.townships.find((x) => x.org.township.id === id);
  if (!t) throw new Error(`no township ${id}`);
  return t;
}
