import { defaultRuleSet } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  RuleDraftConflictError,
  ruleKeys,
  RulesRepository,
  RuleTemplateRepository,
  RuleVersionExistsError,
} from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const at = '2026-06-15T02:00:00.000Z';

describe('rule versions', () => {
  it('lists versions by effective date, whatever order they were published in', async () => {
    const rules = new RulesRepository(table.store());
    await rules.saveInitialRules('twn-h', defaultRuleSet({ id: 'v-2026-07', effectiveFrom: '2026-07-01' }));
    await rules.saveInitialRules('twn-h', defaultRuleSet({ id: 'v-2020', effectiveFrom: '2020-01-01' }));
    await rules.saveInitialRules('twn-h', defaultRuleSet({ id: 'v-2024', effectiveFrom: '2024-03-01' }));
    expect((await rules.listVersions('twn-h')).map((v) => v.versionId)).toEqual(['v-2020', 'v-2024', 'v-2026-07']);
    expect(await rules.listVersions('twn-other')).toEqual([]);
  });

  it('never overwrites a published version; onboarding twice returns the first', async () => {
    const rules = new RulesRepository(table.store());
    const first = await rules.saveInitialRules('twn-i', defaultRuleSet({ id: 'v1' }));
    const again = await rules.saveInitialRules('twn-i', { ...defaultRuleSet({ id: 'v1' }), name: '改过的名字' });
    expect(again.ruleSet.name).toBe(first.ruleSet.name);
    await expect(rules.putVersion({ ...first, publishedBy: 'someone' })).rejects.toBeInstanceOf(RuleVersionExistsError);
  });

  it('falls back to the default pack when the district has no template', async () => {
    const templates = new RuleTemplateRepository(table.store());
    expect((await templates.templateFor('d-none')).penaltyRows).toHaveLength(13);
    await templates.saveTemplate('d-t', { ...defaultRuleSet(), name: '区模板' }, at);
    expect((await templates.templateFor('d-t')).name).toBe('区模板');
  });
});

describe('rule drafts', () => {
  it('refuses an update based on a stale version and names the current one', async () => {
    const rules = new RulesRepository(table.store());
    await rules.createDraft('twn-j', { draftId: 'dr1', basedOn: 'default', ruleSet: defaultRuleSet(), by: 'u1', at });
    const v2 = await rules.updateDraft('twn-j', 'dr1', 1, { ...defaultRuleSet(), name: '第二稿' }, 'u1', at);
    expect(v2.version).toBe(2);
    const stale = rules.updateDraft('twn-j', 'dr1', 1, { ...defaultRuleSet(), name: '过时的修改' }, 'u2', at);
    await expect(stale).rejects.toMatchObject({
      name: 'RuleDraftConflictError',
      currentVersion: 2,
      reason: 'stale_version',
    });
    expect((await rules.getDraft('twn-j', 'dr1'))?.ruleSet.name).toBe('第二稿');
  });

  it('publishes a draft as an immutable version citing its id and date, then freezes the draft', async () => {
    const rules = new RulesRepository(table.store());
    await rules.createDraft('twn-k', { draftId: 'dr2', basedOn: 'default', ruleSet: defaultRuleSet(), by: 'u1', at });
    const v = await rules.publishDraft('twn-k', 'dr2', {
      expectedVersion: 1,
      effectiveFrom: '2026-07-01',
      versionId: 'v2026-07-01',
      by: 'u1',
      at,
    });
    expect(v.ruleSet).toMatchObject({ id: 'v2026-07-01', effectiveFrom: '2026-07-01' });
    expect((await rules.ruleSets('twn-k')).map((r) => r.id)).toEqual(['v2026-07-01']);
    const claimed = await rules.getDraft('twn-k', 'dr2');
    if (!claimed) throw new Error('draft missing');
    expect(await rules.completePublish(claimed, 'u1', at)).toEqual(v);
    const again = rules.updateDraft('twn-k', 'dr2', 2, defaultRuleSet(), 'u1', at);
    await expect(again).rejects.toBeInstanceOf(RuleDraftConflictError);
    await expect(again).rejects.toMatchObject({ reason: 'already_published' });
  });
});

describe('a publish interrupted after claiming the draft', () => {
  it('is finished by completePublish, which writes the named version once', async () => {
    const store = table.store();
    const rules = new RulesRepository(store);
    await rules.createDraft('twn-m', { draftId: 'dr3', basedOn: 'default', ruleSet: defaultRuleSet(), by: 'u1', at });
    const draft = await rules.getDraft('twn-m', 'dr3');
    if (!draft) throw new Error('draft missing');
    // The state a crash between the two steps leaves: the draft claimed, no version item.
    const claimed = {
      ...draft,
      status: 'published' as const,
      version: 2,
      publishedVersionId: 'v2027-01-01',
      publishedEffectiveFrom: '2027-01-01',
    };
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { pk: ruleKeys.drafts('twn-m'), sk: ruleKeys.draft('dr3'), ...claimed },
      }),
    );
    expect(await rules.listVersions('twn-m')).toEqual([]);
    const v = await rules.completePublish(claimed, 'u1', at);
    expect(v.ruleSet).toMatchObject({ id: 'v2027-01-01', effectiveFrom: '2027-01-01' });
    expect((await rules.listVersions('twn-m')).map((x) => x.versionId)).toEqual(['v2027-01-01']);
  });
});
