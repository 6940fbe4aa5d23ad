import { type Logger, pino } from "pino";

/** Paths whose values never reach a log line: credentials, secrets, codes. */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["stripe-signature"]',
  'req.headers["x-leanvibe-signature"]',
  "*.password",
  "*.secret",
  "*.token",
  "*.access_token",
  "*.refresh_token",
  "*.mfa_token",
  "*.code",
  "*.backup_codes",
  "*.card_token",
  "*.api_key",
  "*.apiKey",
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}

export type { Logger };
