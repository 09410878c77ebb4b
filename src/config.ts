import { validateDetailed } from "node-cron";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const _boolish = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((value) => value === "true" || value === "1" || value === "yes");

const wholeNumberIn = (min: number, max: number) =>
  z.coerce
    .number({ error: `a whole number from ${min} to ${max}` })
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`);
const intIn = (min: number, max: number, fallback: number) => wholeNumberIn(min, max).default(fallback);

/**
 * A cron expression, checked with node-cron's own parser. Five fields only (minute hour day-of-month month
 * day-of-week): the start-up catch-up looks for missed runs minute by minute.
 */
const cronExpression = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .superRefine((value, ctx) => {
      const fields = value.trim().split(/\s+/).length;
      const detail = validateDetailed(value);
      if (fields === 5 && detail.valid) return;
      const why =
        fields !== 5
          ? `${fields} field(s)`
          : detail.errors.map((e) => `${e.field}: ${e.message}`).join("; ") || "not understood";
      ctx.addIssue({
        code: "custom",
        message: `a cron expression of 5 fields "minute hour day-of-month month day-of-week", e.g. "${fallback}" (${why})`,
      });
    });

/** A holiday on which ĐVUT lists go to the Party committee: its day, and the event's year and name when given. */
export interface Holiday {
  day: number;
  month: number;
  /** The year of the event, for "kỷ niệm 97 năm … (03/02/1930 – 03/02/2027)". */
  year?: number;
  name?: string;
}

/** The handover holidays when HANDOVER_HOLIDAYS is not set: the plan's "ngày lễ lớn", each with its name. */
export const DEFAULT_HANDOVER_HOLIDAYS =
  "3/2/1930 Ngày thành lập Đảng Cộng sản Việt Nam; 26/3/1931 Ngày thành lập Đoàn TNCS Hồ Chí Minh; " +
  "19/5/1890 Ngày sinh Chủ tịch Hồ Chí Minh; 2/9/1945 Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam";

/**
 * Holidays separated by semicolons, each "day/month[/year] [name]": "3/2/1930 Ngày thành lập Đảng Cộng sản Việt Nam;
 * 22/12/1944 Ngày thành lập Quân đội nhân dân Việt Nam". Bare dates may also be separated by commas ("3/2,26/3").
 */
const holidayList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const holidays: Holiday[] = [];
      const parts = value
        .split(";")
        .flatMap((part) => (/^[\d/,\s]+$/.test(part) ? part.split(/[,\s]+/) : [part]))
        .map((part) => part.trim())
        .filter(Boolean);
      for (const part of parts) {
        const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?:\s+(.+))?$/.exec(part);
        const day = Number(m?.[1]);
        const month = Number(m?.[2]);
        // 2024 is a leap year, so 29/2 is accepted.
        const date = new Date(Date.UTC(2024, month - 1, day));
        if (!m || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
          ctx.addIssue({
            code: "custom",
            message: `day/month dates separated by semicolons, each with the event's year and name, e.g. "3/2/1930 Ngày thành lập Đảng Cộng sản Việt Nam; 26/3/1931 Ngày thành lập Đoàn TNCS Hồ Chí Minh" ("${part}")`,
          });
          return z.NEVER;
        }
        holidays.push({
          day,
          month,
          ...(m[3] ? { year: Number(m[3]) } : {}),
          ...(m[4] ? { name: m[4].trim() } : {}),
        });
      }
      return holidays;
    });

/** Telegram tokens look like `123456789:AA…` (digits, a colon, 35 url-safe characters). */
const telegramToken = optionalString.refine((v) => v === undefined || /^\d{5,16}:[A-Za-z0-9_-]{30,}$/.test(v), {
  message: "a Telegram bot token from @BotFather, like 123456789:AAH… (digits, a colon, then the secret)",
});
/** Zalo tokens look like `<digits>:<secret>`. */
const zaloToken = optionalString.refine((v) => v === undefined || /^\d{3,25}:[A-Za-z0-9_-]{10,}$/.test(v), {
  message: "a Zalo bot token from Zalo Bot Manager, like 1234567890:abcDEF… (digits, a colon, then the secret)",
});

const httpUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `an http(s) URL of ${what}` }).transform((u) => u.replace(/\/+$/, ""));

/** The organisation's name when ORG_NAME is not set; messages and documents take it as the Fluent variable `$org`. */
export const DEFAULT_ORG_NAME = "Đoàn Khối";

export const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
      message: "empty (embedded database) or a PostgreSQL URL such as postgresql://user:password@host:5432/doanbot",
    }),
    DATABASE_POOL_SIZE: intIn(1, 100, 10),
    PGLITE_DATA_DIR: z.string().default("./data/pglite"),
    /** Postgres' buffer cache inside the embedded database, in MB: most of its memory; the OS caches the files too. */
    PGLITE_SHARED_BUFFERS_MB: intIn(1, 4096, 16),
    DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
    TZ_NAME: z.string().default("Asia/Ho_Chi_Minh"),
    ORG_NAME: z.string().trim().min(1).default(DEFAULT_ORG_NAME),

    TELEGRAM_BOT_TOKEN: telegramToken,
    TELEGRAM_API_ROOT: httpUrl("a Telegram Bot API server").default("https://api.telegram.org"),
    TELEGRAM_WEBHOOK_SECRET: optionalString,
    ZALO_BOT_TOKEN: zaloToken,
    ZALO_API_ROOT: httpUrl("a Zalo Bot API server").default("https://bot-api.zaloplatforms.com"),
    ZALO_WEBHOOK_SECRET: optionalString,
    /**
     * Where people can open the guides of docs/ (e.g. https://github.com/<org>/doan-bot/blob/main/docs): /help then
     * ends with the link to the guide for the speaker's role. Empty: no link.
     */
    GUIDES_URL: optionalString.pipe(httpUrl("the folder holding the guides (docs/)").optional()),
    /**
     * The terminal demo only (no platform token): run as if it were this moment, e.g. 2026-11-29T10:00:00+07:00, with
     * the clock ticking from there. For training sessions and for the guides' transcripts, which must read the same
     * whatever day they are replayed. Ignored when a platform token is set.
     */
    DEMO_DATE: optionalString.refine(
      (v) => v === undefined || (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))),
      {
        message: "expected a date and time, e.g. 2026-11-29T10:00:00+07:00",
      },
    ),
    /** Public HTTPS address of this service; when set, channels use webhooks instead of polling. */
    PUBLIC_URL: optionalString.pipe(httpUrl("this service as the platforms reach it").optional()),
    HTTP_PORT: intIn(0, 65535, 8080),
    HTTP_HOST: z.string().default("0.0.0.0"),

    /** Signs the short-lived document links sent to people whose platform takes no files (Zalo); with PUBLIC_URL. */
    DOCUMENT_LINK_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: "at least 16 characters (e.g. the output of `openssl rand -hex 32`)",
    }),
    DOCUMENT_LINK_TTL_MINUTES: intIn(1, 24 * 60, 30),
    /**
     * How long the signed link to a chart sent to Zalo works (Zalo fetches it while the photo is being sent; the
     * link is made at that moment, however late the outbox sends). With PUBLIC_URL and DOCUMENT_LINK_SECRET.
     */
    IMAGE_LINK_TTL_MINUTES: intIn(1, 24 * 60, 15),
    /** The place written before the date at the top right of official documents ("Cần Thơ, ngày …"). */
    DOCUMENT_PLACE: optionalString,
    /**
     * The body above the organisation, first line at the top left of union documents (e.g. "Thành Đoàn Cần Thơ");
     * empty leaves it out.
     */
    DOCUMENT_SUPERIOR: optionalString,
    /**
     * How many levels from the top of the tree sign their documents "TM. BAN THƯỜNG VỤ" (they have a standing
     * committee); the levels below sign "TM. BAN CHẤP HÀNH". 1: only the organisation itself (the Đoàn Khối).
     */
    DOCUMENT_STANDING_COMMITTEE_LEVELS: intIn(0, 10, 1),

    /** Long-poll wait per getUpdates call, in seconds (both platforms). */
    POLL_TIMEOUT_SECONDS: intIn(1, 50, 30),
    /** Longest wait between two failed polls (both platforms): the bot answers again this soon after an outage. */
    POLL_MAX_BACKOFF_MS: intIn(100, 60_000, 5000),
    /**
     * An update claimed this long ago and never answered was lost with its instance: the platform's next delivery
     * of it is handled (or its stored replies sent) again. Until then a delivery of it is refused, so the platform
     * keeps trying.
     */
    UPDATE_CLAIM_STALE_SECONDS: intIn(1, 3600, 300),

    /**
     * Outbound pacing, per platform: each bot's messages per second, for every instance together (one budget per bot
     * shared through the database, replies and the outbox alike), and a per-chat interval with a small burst.
     */
    TELEGRAM_MAX_PER_SECOND: intIn(1, 100_000, 25),
    TELEGRAM_CHAT_INTERVAL_MS: intIn(0, 60_000, 1000),
    TELEGRAM_CHAT_BURST: intIn(1, 20, 3),
    ZALO_MAX_PER_SECOND: intIn(1, 100_000, 5),
    ZALO_CHAT_INTERVAL_MS: intIn(0, 60_000, 1000),
    ZALO_CHAT_BURST: intIn(1, 20, 3),
    /** Tries of one send before it is handed back as "retry later", and the longest wait the sender sits out. */
    SEND_MAX_ATTEMPTS: intIn(1, 10, 4),
    SEND_MAX_WAIT_SECONDS: intIn(0, 600, 60),
    /** First back-off after a 5xx or a network error, doubled on each further try. */
    SEND_BACKOFF_MS: intIn(1, 60_000, 1000),
    /** Back-off after a Zalo 429 that names no retry_after. */
    ZALO_RATE_LIMIT_WAIT_SECONDS: intIn(1, 600, 30),

    /** Flood limit: more than FLOOD_MAX_MESSAGES within FLOOD_WINDOW_SECONDS → one warning, then ignored. */
    FLOOD_MAX_MESSAGES: intIn(2, 1000, 20),
    FLOOD_WINDOW_SECONDS: intIn(1, 3600, 10),
    FLOOD_MUTE_SECONDS: intIn(1, 86_400, 60),

    LINK_CODE_TTL_HOURS: intIn(1, 24 * 90, 72),
    /** Wrong link codes one chat account may try per hour before being refused. */
    LINK_MAX_FAILURES_PER_HOUR: intIn(1, 100, 5),
    FLOW_IDLE_REMIND_HOURS: intIn(1, 24 * 30, 24),
    FLOW_EXPIRE_DAYS: intIn(1, 365, 14),

    /** Scheduled jobs (timezone TZ_NAME). */
    JOBS_ENABLED: z
      .enum(["true", "false", "1", "0", "yes", "no"])
      .default("true")
      .transform((v) => v === "true" || v === "1" || v === "yes"),
    CRON_WEEKLY_EDUCATION: cronExpression("0 8 * * 1"),
    /**
     * Recipients written to the outbox per transaction by a fan-out (each batch commits on its own); unset, it
     * depends on the database (see `fanOutBatchSize`).
     */
    JOB_BATCH_SIZE: wholeNumberIn(50, 20_000).optional(),
    /** A "running" job run silent for this long belonged to a process that died: another run may take it over. */
    JOB_RUN_STALE_SECONDS: intIn(10, 86_400, 600),
    CRON_QUARTERLY_REMINDERS: cronExpression("0 8 * * *"),
    CRON_HOLIDAY_HANDOVER: cronExpression("30 8 * * *"),
    CRON_TWO_YEAR_RULE: cronExpression("0 9 * * 1"),
    CRON_STALE_DRAFTS: cronExpression("15 * * * *"),
    CRON_REVIEW_REMINDERS: cronExpression("45 8 * * *"),
    /** A report waiting for review longer than this reminds its reviewers, again every as many days. */
    REVIEW_REMIND_AFTER_DAYS: intIn(1, 90, 3),
    CRON_CONFIRM_REMINDERS: cronExpression("45 8 * * *"),
    CRON_HOUSEKEEPING: cronExpression("40 3 * * *"),
    /** The dashboard's picture to staff every week (the ĐVUT funnel, the quarter's unit reports by unit); false: off. */
    DASHBOARD_CHART_WEEKLY: z
      .enum(["true", "false", "1", "0", "yes", "no"])
      .default("true")
      .transform((v) => v === "true" || v === "1" || v === "yes"),
    CRON_DASHBOARD_CHART: cronExpression("30 7 * * 1"),
    /**
     * Retention, applied by the daily housekeeping job, in days (0: kept for ever). Deliveries that ended (sent,
     * failed, unreachable, cancelled; a broadcast's only once it is finished); registration requests decided;
     * drafts abandoned (cancelled or expired); link codes used or expired, and the wrong-code attempts.
     */
    RETENTION_DELIVERY_DAYS: intIn(0, 3650, 90),
    RETENTION_REGISTRATION_DAYS: intIn(0, 3650, 180),
    RETENTION_DRAFT_DAYS: intIn(0, 3650, 30),
    RETENTION_LINK_CODE_DAYS: intIn(0, 3650, 30),
    QUARTER_REMIND_DAYS_BEFORE: intIn(0, 80, 10),
    QUARTER_REMIND_EVERY_DAYS: intIn(1, 30, 3),
    QUARTER_DUE_DAYS_AFTER: intIn(0, 60, 5),
    HANDOVER_HOLIDAYS: holidayList(DEFAULT_HANDOVER_HOLIDAYS),
    /** When set (1-31), a quarter's report is due on this day of its last month instead (e.g. 20: 20 December). */
    QUARTER_DUE_DAY_OF_LAST_MONTH: intIn(0, 31, 0),
    /** The year just ended is open for the annual classification in January up to this month (0: never)… */
    CLASSIFICATION_PREVIOUS_YEAR_UNTIL_MONTH: intIn(0, 12, 2),
    /** …and the current year from this month on; in months where both are open the secretary chooses. */
    CLASSIFICATION_CURRENT_YEAR_FROM_MONTH: intIn(1, 12, 3),
    HANDOVER_REMIND_DAYS_BEFORE: intIn(1, 60, 7),
    /** The [rule] numbers of admission.md (the ĐVUT journey); see docs/admission-journey.md. */
    DVUT_MIN_AGE: intIn(14, 40, 18),
    DVUT_MAX_AGE: intIn(18, 60, 30),
    DVUT_CERTIFICATE_VALID_YEARS: intIn(1, 20, 5),
    DVUT_PROBATION_MONTHS: intIn(1, 60, 12),
    /** The nghị quyết giới thiệu passes with MORE than this percentage of all members of the body in favour. */
    DVUT_RESOLUTION_MAJORITY_PERCENT: intIn(1, 99, 50),
    /** Days after an announcement asking for a read confirmation before secretaries get their unconfirmed members. */
    CONFIRM_REMIND_AFTER_DAYS: intIn(1, 60, 3),

    /** Deprecated and ignored (instances share each bot's budget through the database): a warning when set. */
    OUTBOX_INSTANCES: optionalString,
    OUTBOX_MAX_IN_FLIGHT: intIn(1, 1000, 16),
    OUTBOX_MAX_ATTEMPTS: intIn(1, 100, 8),
    OUTBOX_CLAIM_TIMEOUT_SECONDS: intIn(10, 86_400, 300),
    OUTBOX_UNCERTAIN: z.enum(["resend", "hold"]).default("resend"),
    OUTBOX_INSTANCE_ID: optionalString,
  })
  .superRefine((cfg, ctx) => {
    // Webhook secrets and document-link tokens travel in this address: plain http only on a developer's machine.
    if (cfg.PUBLIC_URL && cfg.NODE_ENV !== "development" && !cfg.PUBLIC_URL.startsWith("https://")) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message: "must be an https:// address outside development (NODE_ENV=development allows http://)",
      });
    }
    if (cfg.PUBLIC_URL && cfg.TELEGRAM_BOT_TOKEN && !cfg.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "required with PUBLIC_URL and TELEGRAM_BOT_TOKEN (webhook mode): 1-256 characters A-Z a-z 0-9 _ -",
      });
    }
    if (cfg.PUBLIC_URL && cfg.ZALO_BOT_TOKEN && !cfg.ZALO_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["ZALO_WEBHOOK_SECRET"],
        message: "required with PUBLIC_URL and ZALO_BOT_TOKEN (webhook mode): 8-256 characters",
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws a ConfigError naming every bad variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // `NAME=` in .env or the shell means "not set": use the default.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    const got = typeof issue.path[0] === "string" ? env[issue.path[0]] : undefined;
    const shown = got === undefined ? "missing" : isSecretName(name) ? "set" : JSON.stringify(got);
    return `${name}: expected ${issue.message.replace(/^Invalid input: expected /, "")} (got ${shown})`;
  });
  throw new ConfigError(problems);
}

function isSecretName(name: string): boolean {
  return /TOKEN|SECRET|PASSWORD|DATABASE_URL/.test(name);
}
