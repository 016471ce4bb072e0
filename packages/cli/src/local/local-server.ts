import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, createLocalIssuer, createTokenVerifier, type DemoUser } from '@xinfang/api';
import { serveWebApp } from './static-files';
import { signInUsers } from './signin-users';
import { describeJobsReport, runDailyJobs } from './daily-jobs';
import { scheduleDaily } from './daily-timer';
import {
  attachStatisticsProjector,
  createStoreClients,
  ensureTable,
  startEmbeddedStore,
  type StoreClients,
} from '@xinfang/store';

export interface LocalServerOptions {
  port: number;
  host: string;
  dataDir?: string;
  /** The built web app; served at / with a fallback to index.html for client-side routes. */
  webDist?: string;
  /** Fills an empty store with demo data and answers the demo users of the sign-in page. */
  prepare: (store: StoreClients) => Promise<DemoUser[]>;
  version: string;
  /** Per-IP limit of /api/public/* (the petitioner's tracking page): bucket size and requests per minute. */
  publicRateLimit?: { capacity: number; refillPerMinute: number };
  /** Run the daily jobs for these districts every day at 06:00 Asia/Shanghai, as the scheduled Lambda does in AWS. */
  jobsForDistricts?: readonly string[];
}

/** 30 at once, 30 more a minute: ample for a person checking a case, slow for a script trying codes. */
export const DEFAULT_PUBLIC_RATE_LIMIT = { capacity: 30, refillPerMinute: 30 };

export interface LocalServer {
  url: string;
  store: StoreClients;
  stop(): Promise<void>;
}

/** The hour (Asia/Shanghai) of the daily jobs, as in the AWS schedule. */
export const JOBS_HOUR = 6;

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/**
 * The whole product on one port: the embedded store, the API exactly as Lambda runs it, a local token
 * issuer whose tokens the API checks against its JWKS URL (as it checks Cognito's), and the web app.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const embedded = await startEmbeddedStore(options.dataDir ? { dataDir: options.dataDir } : {});
  const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'xinfang' });
  await ensureTable(store.client, store.tableName);
  const users = await options.prepare(store);
  // No Streams in the embedded store: the change feed calls the same projector Lambda runs in AWS.
  // Attached after seeding, which builds its statistics in one pass.
  attachStatisticsProjector(store);

  let origin = '';
  const issuer = await createLocalIssuer('xinfang-local');
  const api = createApp({
    store,
    // The JWKS URL is filled in once the port is known; the verifier fetches keys lazily, like Cognito's.
    verifier: {
      verify: (token) => verifier.verify(token),
    },
    version: options.version,
    now: () => new Date(),
    publicRateLimit: {
      ...(options.publicRateLimit ?? DEFAULT_PUBLIC_RATE_LIMIT),
      clientKey: (c) => getConnInfo(c).remote.address ?? 'unknown',
    },
  });
  let verifier = createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer });
  // The API app is the root, so unknown /api paths keep their problem+json 404.
  const root = api;
  root.route(
    '/',
    issuer.routes(() => signInUsers(store, users)),
  );
  const webDist = options.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(webDist)) {
    const isAppPath = (path: string) => !path.startsWith('/api/') && !path.startsWith('/auth/');
    root.get('*', serveWebApp(webDist, isAppPath));
  }

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: root.fetch, port: options.port, hostname: options.host }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host}:${port}`;
  verifier = createTokenVerifier({ jwks: new URL(`${origin}/auth/.well-known/jwks.json`), issuer: issuer.issuer });

  const districts = options.jobsForDistricts ?? [];
  const stopJobs =
    districts.length > 0
      ? scheduleDaily(
          JOBS_HOUR,
          async (at) =>
            describeJobsReport(await runDailyJobs(store, districts, at)).forEach((line) => console.log(line)),
          {
            onError: (error) => console.error(`每日任务失败 (daily jobs failed): ${String(error)}`),
          },
        )
      : () => undefined;

  return {
    url: origin,
    store,
    stop: async () => {
      stopJobs();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await embedded.stop();
    },
  };
}
