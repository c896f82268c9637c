import { benchDashboard } from './s6-dashboard.ts';

/** npm run bench:s6 — only the dashboard scenario (BENCH_INDICATOR_ROWS, BENCH_DATABASE_URL). */
await benchDashboard(Number(process.env.BENCH_INDICATOR_ROWS ?? 10_000_000), process.env.BENCH_DATABASE_URL);
process.exit(0);
