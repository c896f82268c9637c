import { z } from 'zod';
import { resolve } from 'node:path';
import { SECOND_FACTOR_POLICIES, type SecondFactorPolicy } from '@jishi/shared';
import { embeddedDatabaseUrl } from './db/dialect.ts';
import { dataKeyProblem } from './platform/keys.ts';
import { trustProxyFrom, type TrustProxy } from './trust-proxy.ts';

/** One schema over process.env → a frozen config. Unreadable config exits with the list of problems. */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  JISHI_MODE: z.enum(['demo', 'production']).default('demo'),
  /** Base64 of 32 random bytes; required in production, generated into DATA_DIR/keys in demo mode. */
  JISHI_DATA_KEY: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      const problem = v === undefined ? null : dataKeyProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses/CIDR ranges, or TRUST_PROXY_HOPS (see trust-proxy.ts). */
  TRUST_PROXY: z.string().optional(),
  TRUST_PROXY_HOPS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  // residents' portal: how one-time sign-in codes are delivered (see features/auth/code-channel.ts)
  PORTAL_CODE_CHANNEL: z.enum(['log']).default('log'),
  /**
   * Where the public reaches this server (scheme, host, optional port and path; no query). Links that leave the
   * server (the Open311 discovery endpoint, media URLs) are built from it, never from the request's Host header.
   */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => !/[?#]/.test(u), 'no query or fragment')
    .optional(),
  /**
   * Second factor for staff, administrators and inspectors. Production mode always enforces it (any other value is
   * refused); demo mode defaults to exempting the printed demo accounts only; `off` is for tests and development.
   */
  JISHI_SECOND_FACTOR: z.enum(SECOND_FACTOR_POLICIES).optional(),
  /** The scheduled-job runner (platform/jobs): `off` stops this node from planning and running jobs (tests, tools). */
  JISHI_JOBS: z.enum(['on', 'off']).default('on'),
  /** How often the runner looks for due work, in seconds. */
  JISHI_JOBS_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How SMS leave (platform/outbound/sms.ts): `log` writes them to the log (development), `aliyun` sends them. */
  JISHI_SMS: z.enum(['log', 'aliyun']).default('log'),
  JISHI_SMS_ALIYUN_ENDPOINT: z.url({ protocol: /^https?$/ }).default('https://dysmsapi.aliyuncs.com/'),
  JISHI_SMS_ALIYUN_KEY_ID: z.string().optional(),
  JISHI_SMS_ALIYUN_KEY_SECRET: z.string().optional(),
  /** The approved SMS signature (短信签名) messages are sent under, e.g. 建外街道. */
  JISHI_SMS_SIGN_NAME: z.string().optional(),
  /**
   * The approved SMS templates (短信模板), per message kind: `grid.cutoff-reminder=SMS_1234,grid.case-warning=SMS_5678`.
   * A kind without a template is not sent by SMS.
   */
  JISHI_SMS_TEMPLATES: z
    .string()
    .regex(/^([a-z-]+\.[a-z-]+=[A-Za-z0-9_]+)(,[a-z-]+\.[a-z-]+=[A-Za-z0-9_]+)*$/)
    .optional(),
});

/** Where SMS go: the log (development) or Aliyun SMS with its account and approved signature. */
export type SmsConfig =
  | { provider: 'log' }
  | { provider: 'aliyun'; endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string };

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  dataDir: string;
  demo: boolean;
  dataKey: string | undefined;
  cookieSecure: boolean;
  trustProxy: TrustProxy;
  logLevel: string;
  webDist: string;
  /** Residents' portal: the one-time code channel; `log` when absent. */
  portalCodeChannel?: 'log';
  /** The public base URL without a trailing slash (`http://localhost:<port>` when not configured). */
  publicBaseUrl: string;
  /** Who must sign in with a second factor (see features/auth/second-factor.ts). */
  secondFactor: SecondFactorPolicy;
  /** The scheduled-job runner of this node: whether it runs and how often it polls (ms). */
  jobs: { enabled: boolean; pollMs: number };
  /** The SMS channel (JISHI_SMS and its settings). */
  sms: SmsConfig;
  /** Approved SMS template code per message kind (JISHI_SMS_TEMPLATES). */
  smsTemplates: Readonly<Record<string, string>>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  if (e.JISHI_MODE === 'production' && !e.JISHI_DATA_KEY) {
    throw new Error('Invalid configuration:\n  JISHI_DATA_KEY: required in production mode');
  }
  const trustProxy = trustProxyFrom(e.TRUST_PROXY, e.TRUST_PROXY_HOPS);
  if (typeof trustProxy === 'object' && !Array.isArray(trustProxy) && trustProxy !== null)
    throw new Error(`Invalid configuration:\n  ${trustProxy.problem}`);
  if (e.JISHI_MODE === 'production' && e.JISHI_SECOND_FACTOR && e.JISHI_SECOND_FACTOR !== 'enforced') {
    throw new Error('Invalid configuration:\n  JISHI_SECOND_FACTOR: production mode always enforces the second factor');
  }
  const sms = smsConfigOf(e);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? embeddedDatabaseUrl(resolve(dataDir, 'jishi.db')),
    dataDir,
    demo: e.JISHI_MODE === 'demo',
    dataKey: e.JISHI_DATA_KEY,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy,
    logLevel: e.LOG_LEVEL,
    webDist: resolve(e.WEB_DIST ?? resolve(import.meta.dirname, '../../web/dist')),
    portalCodeChannel: e.PORTAL_CODE_CHANNEL,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    secondFactor: e.JISHI_MODE === 'production' ? 'enforced' : (e.JISHI_SECOND_FACTOR ?? 'demo_exempt'),
    jobs: { enabled: e.JISHI_JOBS === 'on', pollMs: e.JISHI_JOBS_POLL_SECONDS * 1000 },
    sms,
    smsTemplates: Object.fromEntries(
      (e.JISHI_SMS_TEMPLATES ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    ),
  });
}

/** JISHI_SMS=aliyun without its key pair or signature cannot send anything: the server refuses to start. */
function smsConfigOf(e: z.infer<typeof schema>): SmsConfig {
  if (e.JISHI_SMS === 'log') return { provider: 'log' };
  const settings = {
    JISHI_SMS_ALIYUN_KEY_ID: e.JISHI_SMS_ALIYUN_KEY_ID?.trim() ?? '',
    JISHI_SMS_ALIYUN_KEY_SECRET: e.JISHI_SMS_ALIYUN_KEY_SECRET?.trim() ?? '',
    JISHI_SMS_SIGN_NAME: e.JISHI_SMS_SIGN_NAME?.trim() ?? '',
  };
  const missing = Object.entries(settings).filter(([, value]) => !value);
  if (missing.length)
    throw new Error(
      `Invalid configuration:\n${missing.map(([name]) => `  ${name}: required when JISHI_SMS=aliyun`).join('\n')}`,
    );
  return {
    provider: 'aliyun',
    endpoint: e.JISHI_SMS_ALIYUN_ENDPOINT,
    accessKeyId: settings.JISHI_SMS_ALIYUN_KEY_ID,
    accessKeySecret: settings.JISHI_SMS_ALIYUN_KEY_SECRET,
    signName: settings.JISHI_SMS_SIGN_NAME,
  };
}
