import { App } from 'aws-cdk-lib';
import { checkAwsSolutions } from '../lib/nag';
import { addXinfangStacks } from '../lib/xinfang-stacks';

const app = new App();

// `cdk deploy -c version=$(git rev-parse --short HEAD)` stamps what /api/health reports.
const version = app.node.tryGetContext('version');
const prefix = app.node.tryGetContext('prefix');
// The edge stack's output WebAclArn, once it is deployed (WAF for CloudFront lives in us-east-1).
const webAclArn = app.node.tryGetContext('webAclArn');
const districts = app.node.tryGetContext('districts');

addXinfangStacks(app, {
  version: typeof version === 'string' ? version : 'dev',
  prefix: typeof prefix === 'string' ? prefix : undefined,
  webAclArn: typeof webAclArn === 'string' ? webAclArn : undefined,
  districts: typeof districts === 'string' ? districts.split(',').filter(Boolean) : [],
});
checkAwsSolutions(app);
