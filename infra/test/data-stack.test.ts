import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataStack } from '../lib/data-stack';

let template: Template;

beforeAll(() => {
  template = Template.fromStack(new DataStack(new App(), 'TestData'));
});

describe('DataStack: the cases table', () => {
  it('is keyed pk (HASH) / sk (RANGE), both strings', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ]),
    });
  });

  it('has the two GSIs of the shared table definition', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gsi1',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'gsi2',
          KeySchema: [
            { AttributeName: 'gsi2pk', KeyType: 'HASH' },
            { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('is on-demand, with point-in-time recovery, a NEW_AND_OLD_IMAGES stream and TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('survives deletion of the stack', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('DataStack: the user pool', () => {
  it('exists, closed to self sign-up, with tenant, district, role and unit attributes', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: Match.arrayWith(
        ['tenant', 'district', 'role', 'unit'].map((name) =>
          Match.objectLike({ Name: name, AttributeDataType: 'String' }),
        ),
      ),
    });
  });

  it('has a public web client that cannot write the custom attributes', () => {
    const clients = template.findResources('AWS::Cognito::UserPoolClient');
    const [client] = Object.values(clients);
    expect(Object.keys(clients)).toHaveLength(1);
    expect(client).toMatchObject({ Properties: { GenerateSecret: false } });
    const writable: unknown = client?.Properties?.WriteAttributes;
    expect(writable).toEqual(expect.not.arrayContaining([expect.stringMatching(/^custom:/)]));
    expect(client?.Properties?.ReadAttributes).toEqual(expect.arrayContaining(['custom:tenant', 'custom:role']));
  });
});
