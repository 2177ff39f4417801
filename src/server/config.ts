import { z } from "zod";

// The operator's settings, from the environment (see .env.example). Parsed once, with defaults.
const configSchema = z.object({
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  CITY_TIME_ZONE: z.string().default("Europe/Prague"),
  CITY_NAME: z.string().default("Město Horní Lhota"),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use the socket). */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(5).default(0),
  /** "1" lets monitoring feeds live on private or loopback addresses (an intranet feed); off, the poller refuses them (SSRF). */
  MONITORING_ALLOW_PRIVATE_FEEDS: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;
export function config(): Config {
  cached ??= configSchema.parse(process.env);
  return cached;
}
