import type { App } from 'aws-cdk-lib';
import { AppStack } from './app-stack';
import { DataStack } from './data-stack';
import { EdgeStack } from './edge-stack';

export interface XinfangStacksOptions {
  /** Stack name prefix, so several copies (per stage or region) can live in one account. */
  readonly prefix?: string;
  readonly version: string;
  /** The edge stack's web ACL ARN (its output `WebAclArn`), to put in front of the distribution. */
  readonly webAclArn?: string;
  /** Districts whose townships the daily jobs run; `-c districts=d1,d2` at deploy. */
  readonly districts?: readonly string[];
}

/**
 * The whole of xinfang in AWS, shared by bin/xinfang.ts and the tests so both synthesise the
 * very same thing. Stacks are environment-agnostic: synth needs no account; the deploying
 * credentials pick the account and region.
 */
export function addXinfangStacks(app: App, options: XinfangStacksOptions) {
  const prefix = options.prefix ?? 'Xinfang';
  const data = new DataStack(app, `${prefix}Data`, {
    description: 'xinfang: cases table and user pool (retained)',
  });
  const api = new AppStack(app, `${prefix}App`, {
    description: 'xinfang: API function, HTTP API, web distribution',
    table: data.cases,
    users: data.users,
    version: options.version,
    ...(options.webAclArn ? { webAclArn: options.webAclArn } : {}),
    districts: options.districts ?? [],
  });
  api.addStackDependency(data);
  // In us-east-1 (WAF for CloudFront lives only there); deployed first, its ARN passed back as webAclArn.
  const edge = new EdgeStack(app, `${prefix}Edge`, {
    description: 'xinfang: CloudFront web ACL (rate limit of the public API)',
  });
  return { data, app: api, edge };
}
