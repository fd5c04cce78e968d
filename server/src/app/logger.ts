import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout; secrets in headers never reach them. On a terminal (and not
 * silenced) the same records are printed human-readable through pino-pretty, in a worker thread.
 */
export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'authorization', '*.authorization'],
      remove: true,
    },
    ...(pretty && level !== 'silent'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } }
      : {}),
  });
}
