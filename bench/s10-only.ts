import { benchTodos } from './s10-todos.ts';

/** npm run bench:s10 — the to-do centre alone (SQLite; PostgreSQL too when BENCH_DATABASE_URL names a server). */
const duration = Number(process.env.BENCH_DURATION ?? 10);
await benchTodos(duration);
if (process.env.BENCH_DATABASE_URL) await benchTodos(duration, process.env.BENCH_DATABASE_URL);
process.exit(0);
