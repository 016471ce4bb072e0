import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { PUBLIC_API_LIMITS } from './public-api-limits';

const PROBLEM_429 = JSON.stringify({
  type: 'https://xinfang.dev/problems/429',
  title: '请求过于频繁',
  status: 429,
  detail: '请稍后再试',
});

/**
 * The CloudFront web ACL. WAF for CloudFront lives only in us-east-1 and API Gateway HTTP APIs take no web ACL, so
 * the rule sits at the distribution that fronts /api/* and has its own stack in us-east-1. Its ARN goes to the app
 * stack as `-c webAclArn=…` (see infra/README.md).
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, { ...props, env: { ...props.env, region: 'us-east-1' } });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'xinfang: per-IP rate limit of the public tracking API',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'xinfang-web', sampledRequestsEnabled: true },
      customResponseBodies: { problem429: { contentType: 'APPLICATION_JSON', content: PROBLEM_429 } },
      rules: [
        {
          name: 'public-api-rate-per-ip',
          priority: 0,
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'problem429' } } },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: PUBLIC_API_LIMITS.wafRequestsPerIp,
              evaluationWindowSec: PUBLIC_API_LIMITS.wafWindowSeconds,
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: PUBLIC_API_LIMITS.pathPrefix,
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: {
            cloudWatchMetricsEnabled: true,
            metricName: 'xinfang-public-rate',
            sampledRequestsEnabled: true,
          },
        },
      ],
    });

    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn });
  }
}
