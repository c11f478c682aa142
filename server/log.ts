import { pino, type Logger } from 'pino';
import { LogSink, repeatLimiter } from './log-sink.js';

export type { Logger };

/** Level numbers of pino: warn and above go through the repeat limit. */
const WARN = 40;

let stdout: LogSink | null = null;
/** The one stdout sink of this process (the banner is written through it too). */
export function stdoutSink(maxQueueBytes?: number): LogSink {
  stdout ??= new LogSink(1, maxQueueBytes ? { maxQueueBytes } : {});
  return stdout;
}

export function createLogger(level: string, sink: LogSink = stdoutSink()): Logger {
  const allow = repeatLimiter();
  return pino(
    {
      level,
      base: { app: 'vonk' },
      hooks: {
        logMethod(args, method, lvl) {
          if (lvl < WARN) return method.apply(this, args);
          const msg = args.find((a): a is string => typeof a === 'string') ?? '';
          const { pass, leftOut } = allow(`${lvl}:${msg}`);
          if (!pass) return;
          if (leftOut > 0) {
            const first: unknown = args[0];
            const extra = { repeatedBefore: leftOut };
            const next =
              typeof first === 'object' && first !== null
                ? [{ ...first, ...extra }, ...args.slice(1)]
                : [extra, ...args];
            return method.apply(this, next as Parameters<typeof method>);
          }
          return method.apply(this, args);
        },
      },
    },
    sink,
  );
}
