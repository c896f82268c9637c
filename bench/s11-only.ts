import { benchCutoffReminders } from './s11-cutoff-reminders.ts';

/** npm run bench:s11 — the cut-off reminders of 1,000 grids (SQLite; PostgreSQL too when BENCH_DATABASE_URL is set). */
await benchCutoffReminders();
if (process.env.BENCH_DATABASE_URL) await benchCutoffReminders(process.env.BENCH_DATABASE_URL);
process.exit(0);
