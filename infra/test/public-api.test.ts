import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addXinfangStacks } from '../lib/xinfang-stacks';
import { prepareOfflineSynth } from './synth-env';

const ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/xinfang/abc';
let app: Template;
let edge: Template;
let appWithoutAcl: Template;

beforeAll(() => {
  prepareOfflineSynth();
  const stacks = addXinfangStacks(new App(), { version: 'public-test', webAclArn: ACL_ARN });
  app = Template.fromStack(stacks.app);
  edge = Template.fromStack(stacks.edge);
  expect(stacks.edge.region).toBe('us-east-1');
  appWithoutAcl = Template.fromStack(addXinfangStacks(new App(), { version: 'public-test' }).app);
});

describe('the public tracking API in AWS', () => {
  it('has its own HTTP API route, throttled by the stage far below the rest', () => {
    app.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /api/public/{proxy+}' });
    app.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      RouteSettings: { 'ANY /api/public/{proxy+}': { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 } },
    });
  });

  it('is behind a CloudFront web ACL whose rate-based rule blocks an IP trying too many codes with 429', () => {
    edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Action: { Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'problem429' } } },
          Statement: {
            RateBasedStatement: {
              AggregateKeyType: 'IP',
              Limit: 100,
              EvaluationWindowSec: 300,
              ScopeDownStatement: {
                ByteMatchStatement: Match.objectLike({
                  FieldToMatch: { UriPath: {} },
                  PositionalConstraint: 'STARTS_WITH',
                  SearchString: '/api/public/',
                }),
              },
            },
          },
        }),
      ]),
    });
    const acl = Object.values(edge.findResources('AWS::WAFv2::WebACL'))[0];
    const body = acl?.Properties.CustomResponseBodies.problem429;
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toMatchObject({ status: 429, title: '请求过于频繁' });
  });

  it('puts the web ACL in front of the distribution when its ARN is given', () => {
    app.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: ACL_ARN }),
    });
    const [distribution] = Object.values(appWithoutAcl.findResources('AWS::CloudFront::Distribution'));
    expect(distribution?.Properties.DistributionConfig.WebACLId).toBeUndefined();
  });
});
