import { benchReportBurst } from './s2-report-burst.ts';

/** npm run bench:s2 — only the 17:00 report burst (BENCH_DURATION; PostgreSQL too when BENCH_DATABASE_URL is set). */
const duration = Number(process.env.BENCH_DURATION ?? 10);
await benchReportBurst(duration);
if (process.env.BENCH_DATABASE_URL) await benchReportBurst(duration, process.env.BENCH_DATABASE_URL);
process.exit(0);
