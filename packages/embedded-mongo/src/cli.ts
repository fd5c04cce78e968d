/**
 * Standalone entry: `embedded-mongo --port 27018 --dbpath ./.data/db` (the package's `./cli`).
 * Prints exactly one line, `listening mongodb://127.0.0.1:<port>`, once ready; flushes and
 * exits on SIGINT/SIGTERM.
 */
import { startEmbeddedServer } from './server.js';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port') ?? '27017');
  const dbpath = argValue(args, '--dbpath');
  const host = argValue(args, '--host') ?? '127.0.0.1';
  if (!dbpath || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('usage: embedded-mongo --port <n> --dbpath <dir> [--host <addr>]\n');
    process.exit(2);
  }
  const server = await startEmbeddedServer({ port, host, dbpath });
  process.stdout.write(`listening ${server.uri}\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while closing: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `embedded-mongo failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
