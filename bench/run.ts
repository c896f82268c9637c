import { benchDetailRead } from './s1-detail-read.ts';
import { benchSearch } from './s5-search.ts';
import { benchMatters } from './s7-matters.ts';
// grid governance
import { benchReportBurst } from './s2-report-burst.ts';
// party life and volunteers
import { benchVolunteers } from './s8-volunteers.ts';
// services
import { benchBookings } from './s9-bookings.ts';
// indicators
import { benchDashboard } from './s6-dashboard.ts';
// to-do centre
import { benchTodos } from './s10-todos.ts';
import { benchCutoffReminders } from './s11-cutoff-reminders.ts';

/**
 * npm run bench — every figure is a ratio to a baseline measured in the same run.
 * BENCH_DURATION (s, default 10), BENCH_RESIDENTS (default 1 000 000) and BENCH_MATTERS (default 100 000) size it.
 */
const duration = Number(process.env.BENCH_DURATION ?? 10);
const residents = Number(process.env.BENCH_RESIDENTS ?? 1_000_000);
console.log(`Jishi benchmarks — ${new Date().toISOString()} — node ${process.version}`);
await benchDetailRead(duration);
await benchSearch(residents, process.env.BENCH_DATABASE_URL);
await benchMatters(Number(process.env.BENCH_MATTERS ?? 100_000));
// grid governance: the 17:00 burst on SQLite, and on PostgreSQL when BENCH_DATABASE_URL names one
if (process.env.BENCH_ONLY !== 'skip-s2') {
  await benchReportBurst(duration);
  if (process.env.BENCH_DATABASE_URL) await benchReportBurst(duration, process.env.BENCH_DATABASE_URL);
}
// party life and volunteers
await benchVolunteers();
// services
await benchBookings(Number(process.env.BENCH_BOOKINGS ?? 10_000));
// to-do centre: a secretary's list and badge among 10,000 open items (both engines when BENCH_DATABASE_URL is set)
await benchTodos(duration);
if (process.env.BENCH_DATABASE_URL) await benchTodos(duration, process.env.BENCH_DATABASE_URL);
// reminders: queuing the cut-off reminders of 1,000 grids
await benchCutoffReminders();
if (process.env.BENCH_DATABASE_URL) await benchCutoffReminders(process.env.BENCH_DATABASE_URL);
// indicators: BENCH_INDICATOR_ROWS (default 10 000 000 dispute cases), BENCH_DATABASE_URL for PostgreSQL
await benchDashboard(Number(process.env.BENCH_INDICATOR_ROWS ?? 10_000_000), process.env.BENCH_DATABASE_URL);
process.exit(0);
