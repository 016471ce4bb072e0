import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { RuleSet } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import {
  RuleDraftConflictError,
  RuleDraftNotFoundError,
  RuleEffectiveDateTakenError,
  RuleVersionExistsError,
} from './rule-errors';
import { bumpSettingsVersion } from '../settings/settings-version';
import { PublishedRuleVersion, RuleDraft, ruleKeys, withoutKeys } from './rule-items';

export interface NewDraft {
  draftId: string;
  basedOn: string;
  ruleSet: RuleSet;
  by: string;
  at: string;
}

export interface PublishInput {
  expectedVersion: number;
  effectiveFrom: string;
  versionId: string;
  by: string;
  at: string;
}

const isConditionFailure = (e: unknown) => e instanceof ConditionalCheckFailedException;

/**
 * A township's rule sets: published versions (immutable, one partition ordered by effective date) and drafts
 * (mutable, versioned). Each item holds one nested rule-set document that the domain's zod schema validates on
 * every read. The district's template for new townships is in `RuleTemplateRepository`.
 */
export class RulesRepository {
  constructor(private readonly store: StoreClients) {}

  /** Every published version, oldest effective date first (the sort key starts with the date). */
  async listVersions(tenantId: string): Promise<PublishedRuleVersion[]> {
    const items = await queryAll(this.store, ruleKeys.versions(tenantId), 'V#');
    return items.map((i) => PublishedRuleVersion.parse(withoutKeys(i)));
  }

  /** The rule sets the evaluator takes as `ruleVersions`. */
  async ruleSets(tenantId: string): Promise<RuleSet[]> {
    return (await this.listVersions(tenantId)).map((v) => v.ruleSet);
  }

  /** A township has few versions (a handful a year), so reading its one partition beats a second index. */
  async getVersion(tenantId: string, versionId: string): Promise<PublishedRuleVersion | undefined> {
    return (await this.listVersions(tenantId)).find((v) => v.versionId === versionId);
  }

  /**
   * One version per effective date: a conditional put of `EFF#<date>` naming the version; the same version may
   * take it again (a retry), any other is refused with `RuleEffectiveDateTakenError`.
   */
  async reserveEffectiveDate(tenantId: string, effectiveFrom: string, versionId: string): Promise<void> {
    const Key = { pk: ruleKeys.versions(tenantId), sk: ruleKeys.effectiveDate(effectiveFrom) };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...Key, entity: 'rule_effective_date', tenantId, effectiveFrom, versionId },
          ConditionExpression: 'attribute_not_exists(pk) OR versionId = :v',
          ExpressionAttributeValues: { ':v': versionId },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const get = new GetCommand({ TableName: this.store.tableName, Key, ConsistentRead: true });
      const taken = await this.store.doc.send(get);
      throw new RuleEffectiveDateTakenError(effectiveFrom, String(taken.Item?.versionId ?? ''));
    }
  }

  /** Gives a date back after a publish that did not happen (its draft claim failed). */
  private async releaseEffectiveDate(tenantId: string, effectiveFrom: string, versionId: string): Promise<void> {
    await this.store.doc
      .send(
        new DeleteCommand({
          TableName: this.store.tableName,
          Key: { pk: ruleKeys.versions(tenantId), sk: ruleKeys.effectiveDate(effectiveFrom) },
          ConditionExpression: 'versionId = :v',
          ExpressionAttributeValues: { ':v': versionId },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  /** Writes a published version once (its effective date reserved first); a second write is refused, never applied. */
  async putVersion(version: PublishedRuleVersion): Promise<void> {
    await this.reserveEffectiveDate(version.tenantId, version.effectiveFrom, version.versionId);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: {
            pk: ruleKeys.versions(version.tenantId),
            sk: ruleKeys.version(version.effectiveFrom, version.versionId),
            entity: 'rule_version',
            ...version,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new RuleVersionExistsError(version.versionId);
      throw error;
    }
    // Cached case-fold settings (TownshipSettingsCache) reload on the next read.
    await bumpSettingsVersion(this.store, version.tenantId);
  }

  /**
   * The township's first rules, when it is onboarded. Idempotent: if a version with this id and date is
   * already there (a retried onboarding), that version is returned unchanged.
   */
  async saveInitialRules(
    tenantId: string,
    ruleSet: RuleSet,
    meta: { by?: string; at?: string } = {},
  ): Promise<PublishedRuleVersion> {
    const version: PublishedRuleVersion = {
      tenantId,
      versionId: ruleSet.id,
      effectiveFrom: ruleSet.effectiveFrom,
      ruleSet,
      publishedAt: meta.at ?? ruleSet.effectiveFrom,
      publishedBy: meta.by ?? 'onboarding',
    };
    try {
      await this.putVersion(version);
      return version;
    } catch (error) {
      if (!(error instanceof RuleVersionExistsError)) throw error;
      const existing = await this.getVersion(tenantId, ruleSet.id);
      if (!existing) throw error;
      return existing;
    }
  }

  async createDraft(tenantId: string, input: NewDraft): Promise<RuleDraft> {
    const draft: RuleDraft = {
      tenantId,
      draftId: input.draftId,
      version: 1,
      status: 'open',
      basedOn: input.basedOn,
      ruleSet: input.ruleSet,
      createdAt: input.at,
      createdBy: input.by,
      updatedAt: input.at,
      updatedBy: input.by,
    };
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { pk: ruleKeys.drafts(tenantId), sk: ruleKeys.draft(input.draftId), entity: 'rule_draft', ...draft },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return draft;
  }

  async getDraft(tenantId: string, draftId: string): Promise<RuleDraft | undefined> {
    const res = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: ruleKeys.drafts(tenantId), sk: ruleKeys.draft(draftId) },
        ConsistentRead: true,
      }),
    );
    return res.Item ? RuleDraft.parse(withoutKeys(res.Item)) : undefined;
  }

  async listDrafts(tenantId: string): Promise<RuleDraft[]> {
    const res = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ruleKeys.drafts(tenantId) },
      }),
    );
    return (res.Items ?? []).map((i) => RuleDraft.parse(withoutKeys(i)));
  }

  /** Replaces the draft's rule set if nobody changed it since `expectedVersion`; published drafts are frozen. */
  async updateDraft(
    tenantId: string,
    draftId: string,
    expectedVersion: number,
    ruleSet: RuleSet,
    by: string,
    at: string,
  ): Promise<RuleDraft> {
    return this.replaceDraft(tenantId, draftId, expectedVersion, (d) => ({
      ...d,
      ruleSet,
      updatedAt: at,
      updatedBy: by,
    }));
  }

  /**
   * Publishing without transactions: first the draft is claimed (a conditional write on its version marks it
   * published and names the version), then the immutable version is written. A crash between the two leaves
   * a published draft whose version is missing; `completePublish` (run again by a retry) writes it.
   */
  async publishDraft(tenantId: string, draftId: string, input: PublishInput): Promise<PublishedRuleVersion> {
    // The effective date first: of concurrent publishes of different drafts for one date exactly one gets past here.
    await this.reserveEffectiveDate(tenantId, input.effectiveFrom, input.versionId);
    let draft: RuleDraft;
    try {
      draft = await this.replaceDraft(tenantId, draftId, input.expectedVersion, (d) => ({
        ...d,
        status: 'published',
        publishedVersionId: input.versionId,
        publishedEffectiveFrom: input.effectiveFrom,
        updatedAt: input.at,
        updatedBy: input.by,
      }));
    } catch (error) {
      // Not published under this id: give the date back (a retry of a publish that did claim keeps it).
      const now = await this.getDraft(tenantId, draftId);
      if (now?.publishedVersionId !== input.versionId) {
        await this.releaseEffectiveDate(tenantId, input.effectiveFrom, input.versionId);
      }
      throw error;
    }
    return this.completePublish(draft, input.by, input.at);
  }

  /** Writes the version a published draft names, if it is not there yet. */
  async completePublish(draft: RuleDraft, by: string, at: string): Promise<PublishedRuleVersion> {
    const { publishedVersionId: versionId, publishedEffectiveFrom: effectiveFrom } = draft;
    if (draft.status !== 'published' || !versionId || !effectiveFrom)
      throw new RuleDraftConflictError(draft.draftId, draft.version, 'stale_version');
    const version: PublishedRuleVersion = {
      tenantId: draft.tenantId,
      versionId,
      effectiveFrom,
      ruleSet: { ...draft.ruleSet, id: versionId, effectiveFrom },
      publishedAt: at,
      publishedBy: by,
      fromDraftId: draft.draftId,
    };
    try {
      await this.putVersion(version);
      return version;
    } catch (error) {
      if (!(error instanceof RuleVersionExistsError)) throw error;
      return (await this.getVersion(draft.tenantId, versionId)) ?? version;
    }
  }

  private async replaceDraft(
    tenantId: string,
    draftId: string,
    expectedVersion: number,
    change: (d: RuleDraft) => RuleDraft,
  ): Promise<RuleDraft> {
    const current = await this.getDraft(tenantId, draftId);
    if (!current) throw new RuleDraftNotFoundError(draftId);
    if (current.status === 'published') throw new RuleDraftConflictError(draftId, current.version, 'already_published');
    if (current.version !== expectedVersion)
      throw new RuleDraftConflictError(draftId, current.version, 'stale_version');
    const next: RuleDraft = { ...change(current), version: expectedVersion + 1 };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: ruleKeys.drafts(tenantId), sk: ruleKeys.draft(draftId), entity: 'rule_draft', ...next },
          ConditionExpression: '#v = :expected AND #s = :open',
          ExpressionAttributeNames: { '#v': 'version', '#s': 'status' },
          ExpressionAttributeValues: { ':expected': expectedVersion, ':open': 'open' },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const now = await this.getDraft(tenantId, draftId);
      throw new RuleDraftConflictError(
        draftId,
        now?.version ?? expectedVersion,
        now?.status === 'published' ? 'already_published' : 'stale_version',
      );
    }
    return next;
  }
}
