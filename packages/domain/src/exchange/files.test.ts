import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../rules';
import { DataFile, describeIssues, exchangeJsonSchemas, RulesFile, schemaFileNames } from './files';

describe('exchange files', () => {
  it('a rules file holding the default pack survives a JSON round trip', () => {
    const file = { format: 'xinfang-rules/1', versions: [defaultRuleSet()] };
    expect(RulesFile.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('refuses an unknown format tag and names the field at fault', () => {
    const bad = DataFile.safeParse({
      format: 'xinfang-data/2',
      org: { township: { id: 't', name: '镇', districtId: 'd' }, units: [], people: [], assignments: [] },
      cases: [],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(describeIssues(bad.error)[0]).toMatch(/^format: /);
  });

  it('generates a JSON Schema for each file, tagged with its format', () => {
    const schemas = exchangeJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual([schemaFileNames.data, schemaFileNames.rules].sort());
    expect(schemas[schemaFileNames.rules]).toMatchObject({ properties: { format: { const: 'xinfang-rules/1' } } });
    expect(schemas[schemaFileNames.data]).toMatchObject({ properties: { format: { const: 'xinfang-data/1' } } });
  });
});
