import { openDatabase } from '../apps/server/src/db/database.ts';
import type { DB } from '../apps/server/src/db/schema.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { deriveAuditKeys } from '../apps/server/src/platform/audit-chain-crypto.ts';
import { createMemoryFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';

/** S2's server process: the real app over the prepared database (no migration, no seed), on PORT. */
const config = loadConfig(process.env);
const { db, engine } = openDatabase<DB>(config.databaseUrl);
const app = await buildApp({
  db,
  engine,
  config,
  cipher: createFieldCipher(Buffer.alloc(32, 3)),
  auditKeys: deriveAuditKeys(Buffer.alloc(32, 3)),
  files: createMemoryFileStore(),
  clock: systemClock,
});
const address = await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`S2 server listening ${address}`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0)),
);
