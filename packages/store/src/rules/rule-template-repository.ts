import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { defaultRuleSet, type RuleSet } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { RuleTemplate, ruleKeys, withoutKeys } from './rule-items';

/**
 * A district's rule template: the rule set a township it creates starts from (the default pack until the district
 * saves one of its own). One item per district; a township's own rules are in `RulesRepository`.
 */
export class RuleTemplateRepository {
  constructor(private readonly store: StoreClients) {}

  async templateFor(districtId: string): Promise<RuleSet> {
    const res = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: { pk: ruleKeys.template(districtId), sk: 'TEMPLATE' } }),
    );
    return res.Item ? RuleTemplate.parse(withoutKeys(res.Item)).ruleSet : defaultRuleSet();
  }

  /** Whether the district has saved a template of its own (else new townships get the default pack). */
  async hasTemplate(districtId: string): Promise<boolean> {
    const res = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: ruleKeys.template(districtId), sk: 'TEMPLATE' },
        ProjectionExpression: 'pk',
      }),
    );
    return res.Item !== undefined;
  }

  async saveTemplate(districtId: string, ruleSet: RuleSet, at: string): Promise<void> {
    const item: RuleTemplate = { districtId, ruleSet, updatedAt: at };
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { pk: ruleKeys.template(districtId), sk: 'TEMPLATE', entity: 'rule_template', ...item },
      }),
    );
  }
}
