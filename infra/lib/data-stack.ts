import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { XinfangTable } from './xinfang-table';
import { XinfangUserPool } from './xinfang-user-pool';

/**
 * What cannot be rebuilt from source: the cases table and the user pool. Kept apart from the app
 * stack so the app can be torn down and redeployed freely, while these keep RETAIN and deletion
 * protection and change rarely.
 */
export class DataStack extends Stack {
  readonly cases: XinfangTable;
  readonly users: XinfangUserPool;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.cases = new XinfangTable(this, 'Cases');
    this.users = new XinfangUserPool(this, 'Users');

    new CfnOutput(this, 'TableName', { value: this.cases.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.webClient.userPoolClientId });
    new CfnOutput(this, 'TokenIssuer', { value: this.users.issuer });
  }
}
