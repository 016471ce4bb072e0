import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  type ITable,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDefinition } from '@xinfang/store/table-definition';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

// The definition's literals are DynamoDB's own names; map them explicitly so a new value in
// the definition fails type-checking here instead of deploying something else.
const billingModes = { PAY_PER_REQUEST: BillingMode.PAY_PER_REQUEST } as const;
const streamViewTypes = { NEW_AND_OLD_IMAGES: StreamViewType.NEW_AND_OLD_IMAGES } as const;

/** A table and the names of its GSIs, which grants name one by one. */
export interface TableRef {
  readonly table: ITable;
  readonly indexNames: readonly string[];
}

/**
 * xinfang's single table, declared from the same plain data the embedded store creates its
 * table from, so local runs and AWS cannot drift apart.
 */
export class XinfangTable extends Construct implements TableRef {
  readonly table: Table;
  readonly indexNames = tableDefinition.globalSecondaryIndexes.map((gsi) => gsi.indexName);

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const def = tableDefinition;

    this.table = new Table(this, 'Table', {
      partitionKey: stringKey(def.partitionKey),
      sortKey: stringKey(def.sortKey),
      billingMode: billingModes[def.billingMode],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: def.pointInTimeRecovery },
      stream: streamViewTypes[def.streamViewType],
      timeToLiveAttribute: def.timeToLiveAttribute,
      deletionProtection: true,
      // Cases and the penalty ledger are records officials are accountable for: never let a
      // stack deletion or replacement take them.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const gsi of def.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: stringKey(gsi.partitionKey),
        sortKey: stringKey(gsi.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
