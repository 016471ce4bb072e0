/**
 * How hard the public tracking routes (/api/public/*) may be hit in AWS. A petitioner looks a case up a few times;
 * anything faster is someone trying codes. The app's own per-IP bucket (local server) mirrors these.
 */
export const PUBLIC_API_LIMITS = {
  /** The route prefix the limits apply to. */
  pathPrefix: '/api/public/',
  /** API Gateway route throttling, all callers together: steady requests per second and burst. */
  throttleRatePerSecond: 20,
  throttleBurst: 40,
  /** WAF rate-based rule: requests per IP per evaluation window before WAF answers 429. */
  wafRequestsPerIp: 100,
  wafWindowSeconds: 300,
} as const;
