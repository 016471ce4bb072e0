import { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/test-app';

// Issue 4: the web takes its request and response types from /api/openapi.json, so no body may be left open there.

const Json = z.json();
type Json = z.infer<typeof Json>;
const Document = z.object({
  components: z.object({ schemas: z.record(z.string(), Json) }),
  paths: z.record(z.string(), Json),
});

let ctx: TestContext;
let doc: z.infer<typeof Document>;
beforeAll(async () => {
  ctx = await createTestContext();
  const res = await ctx.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = Document.parse(await res.json());
});
afterAll(async () => ctx.stop());

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths (in the document) of schemas that accept anything: `{}`, or an object whose values may be anything. */
function openSchemas(node: Json, path: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((v, i) => openSchemas(v, `${path}/${i}`, out));
  if (!isObject(node)) return out;
  if (Object.keys(node).length === 0) out.push(path);
  else if (
    node.type === 'object' &&
    node.properties === undefined &&
    (node.additionalProperties === undefined ||
      (isObject(node.additionalProperties) && Object.keys(node.additionalProperties).length === 0))
  )
    out.push(path);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' || key === 'example') continue;
    // `properties` maps names to schemas (an event without fields of its own has none); walk the schemas only.
    if (key === 'properties' && isObject(value))
      for (const [name, prop] of Object.entries(value)) openSchemas(prop, `${path}/properties/${name}`, out);
    else openSchemas(value, `${path}/${key}`, out);
  }
  return out;
}

const schema = (name: string) => {
  const s = doc.components.schemas[name];
  if (!isObject(s)) throw new Error(`no component ${name}`);
  return s;
};
const property = (name: string, prop: string) => {
  const props = schema(name).properties;
  return isObject(props) ? props[prop] : undefined;
};

describe('the OpenAPI document', () => {
  it('leaves no response or request body open, except the free-form details of an audit entry', () => {
    const open = [...openSchemas(doc.components.schemas, '#/components/schemas'), ...openSchemas(doc.paths, '#/paths')];
    // Audit details differ by action (what changed, from what to what); they are recorded as given.
    expect(open).toEqual(['#/components/schemas/AuditEntry/properties/details']);
  });

  it('describes the weekly, monthly and annual reports field by field, with the township KPIs', () => {
    expect(Object.keys(schema('WeeklyReport').properties ?? {})).toEqual(['title', 'week', 'visits', 'newPenalties']);
    expect(property('MonthlyReport', 'kpis')).toEqual({ $ref: '#/components/schemas/TownshipKpis' });
    expect(property('AnnualReport', 'kpis')).toEqual({ $ref: '#/components/schemas/TownshipKpis' });
    expect(property('TownshipKpis', 'onTimeResolution')).toEqual({ $ref: '#/components/schemas/Rate' });
    expect(schema('Rate').required).toEqual(['value', 'numerator', 'denominator']);
    const reports = doc.paths['/reports/monthly'];
    expect(JSON.stringify(reports)).toContain('#/components/schemas/MonthlyReport');
  });

  it('names the domain’s rule set, unit, person and assignment once and refers to them', () => {
    expect(schema('RuleSet').properties).toHaveProperty('penaltyRows');
    for (const holder of ['RuleDraft', 'RuleVersion', 'UpdateRuleDraft'])
      expect(property(holder, 'ruleSet')).toEqual({ $ref: '#/components/schemas/RuleSet' });
    expect(property('Org', 'township')).toEqual({ $ref: '#/components/schemas/OrgTownship' });
    expect(JSON.stringify(property('ResponsibleParties', 'main'))).toContain('#/components/schemas/Person');
    for (const name of ['Unit', 'Person', 'Assignment', 'ScreeningItem']) expect(schema(name).type).toBe('object');
  });
});
