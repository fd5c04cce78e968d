import { z } from 'zod';
import { defaultCadence } from '../incidents/update.service.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every setting the server reads from the environment; see the README's configuration table. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URI')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Where running servers announce themselves to scripts (default: a per-user tmp folder). */
  RUN_DIR: z.string().min(1).optional(),
  BOOTSTRAP_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_READ: booleanFromEnv.default(true),
  SEED_DEMO: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_DIST: z.string().min(1).default('web/dist'),
  /** If set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Bytes queued on one WebSocket before its subscriber is dropped as too slow. */
  WS_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024),
  /** Events queued for one subscription before its connection is dropped as too slow. */
  WS_MAX_QUEUED_EVENTS: z.coerce.number().int().min(10).default(1000),
  /** Ping interval; a socket that misses a pong is closed as half-open. */
  WS_KEEPALIVE_MS: z.coerce.number().int().min(100).default(12_000),
  /** How long a socket may stay open without `connection_init` (closed with 4408). */
  WS_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1000).default(25),
  WS_MAX_CONNECTIONS_PER_TOKEN: z.coerce.number().int().min(1).default(200),
  /**
   * Minutes until the next update an update promises when it names none, per impact, e.g.
   * `CRITICAL=30,MAJOR=60,MINOR=120,NONE=0` (0: no promise).
   */
  UPDATE_CADENCE_MINUTES: z
    .string()
    .regex(
      /^(CRITICAL|MAJOR|MINOR|NONE)=\d{1,4}(,(CRITICAL|MAJOR|MINOR|NONE)=\d{1,4})*$/,
      'must list IMPACT=MINUTES pairs, e.g. CRITICAL=30,MAJOR=60,MINOR=120,NONE=0',
    )
    .transform((text) => {
      const minutes = { ...defaultCadence };
      for (const pair of text.split(',')) {
        const [impact, value] = pair.split('=');
        if (impact === 'CRITICAL' || impact === 'MAJOR' || impact === 'MINOR' || impact === 'NONE')
          minutes[impact] = Number(value);
      }
      return minutes;
    })
    .optional(),
  /** The status page's name in the Statuspage-compatible API, the feeds and the badge. */
  PAGE_NAME: z.string().min(1).max(100).default('War Room'),
  /** The `page.id` (and every `page_id`) of the Statuspage-compatible API. */
  PAGE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, _ or -')
    .default('warroom'),
  /** Public base URL for absolute links (feeds, shortlinks, `page.url`); unset: the request's host. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** Encrypts stored webhook signing secrets (AES-256-GCM under its SHA-256); unset: no webhooks. */
  WEBHOOK_SECRET_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** `true`: webhooks may target loopback and private addresses (tests, a LAN receiver). */
  WEBHOOK_ALLOW_PRIVATE: booleanFromEnv.default(false),
  /** The first retry comes after 50–100 % of this; each further one doubles it (up to an hour). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(2000),
  /** A delivery still failing this long after its first attempt is marked FAILED. */
  WEBHOOK_MAX_AGE_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 3_600_000),
  /** How often each instance looks at the webhook queue besides after its own commits. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(5).default(1000),
  /**
   * How long a subscription's delivery lease lasts unrenewed (renewed every quarter of it while
   * sending): the longest another instance waits to take over from one that died.
   */
  WEBHOOK_LEASE_MS: z.coerce.number().int().min(100).max(600_000).default(4000),
  /**
   * Which peers may set X-Forwarded-For (Express `trust proxy` syntax: names such as `loopback`,
   * `uniquelocal`, or addresses/CIDRs, comma-separated): the client address of rate limits.
   */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /** Master switch for the rate limits below (`false` for benchmarks and most tests). */
  RATE_LIMITS: booleanFromEnv.default(true),
  /** Length of one rate-limit window, in seconds. */
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(60),
  /** Mutations per window per API token (0: no limit). */
  RATE_LIMIT_MUTATIONS_PER_TOKEN: z.coerce.number().int().min(0).default(120),
  /** Mutations per window per client address, whatever the token (0: no limit). */
  RATE_LIMIT_MUTATIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(600),
  /** Queries and subscriptions without a token, per window per client address (0: no limit). */
  RATE_LIMIT_ANONYMOUS_READS_PER_ADDRESS: z.coerce.number().int().min(0).default(600),
});

export type Config = z.infer<typeof configSchema>;

/**
 * Reads the configuration once at start-up. Empty strings count as unset, so that
 * `PORT= npm start` behaves like `npm start`. Throws one error listing every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
