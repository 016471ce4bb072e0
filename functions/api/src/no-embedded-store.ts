// Stands in for `dynalite` in Lambda bundles (see build.mjs and infra's XinfangFunction).
// The embedded store is for laptops and tests; dynalite pulls in LevelDB's native addon, which
// fails at import time in a bundle. In AWS the store talks to DynamoDB, so nothing calls this.
export default function dynalite(): never {
  throw new Error('嵌入式存储不在 Lambda 中运行 (the embedded store does not run in Lambda)');
}
