/**
 * `@war-room/embedded-mongo`: a MongoDB-wire-protocol engine for offline development and tests.
 * Two ways to run it: {@link startEmbeddedServer} in this process, or {@link spawnEmbeddedMongo}
 * in a child process (database work then never blocks the caller's event loop). The `./cli`
 * entry point is the same engine as a command (`embedded-mongo --port 27018 --dbpath ./db`).
 */
export { startEmbeddedServer, type EmbeddedServer, type EmbeddedServerOptions } from './server.js';
export { spawnEmbeddedMongo, type SpawnedEngine, type SpawnOptions } from './spawn.js';
export { dbpathHolder } from './lock.js';
