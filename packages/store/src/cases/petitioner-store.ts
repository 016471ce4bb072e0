import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { ITEM, caseKeys } from './case-keys';
import { Petitioner } from './case-items';

/**
 * The petitioner's identity, in its own item of the case's partition. It is never copied into events,
 * summaries or statistics, so no list, export or district view can carry it by accident.
 */
export class PetitionerStore {
  constructor(private readonly store: StoreClients) {}

  async put(tenantId: string, caseId: string, petitioner: Petitioner): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { ...caseKeys.petitioner(tenantId, caseId), type: ITEM.petitioner, ...Petitioner.parse(petitioner) },
      }),
    );
  }

  async get(tenantId: string, caseId: string): Promise<Petitioner | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: caseKeys.petitioner(tenantId, caseId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? Petitioner.parse(out.Item) : undefined;
  }
}
