import { benchDetailRead } from './s1-detail-read.ts';
import { benchSearch } from './s5-search.ts';
import { benchMatters } from './s7-matters.ts';
// indicators (issue 8)
import { benchDashboard } from './s6-dashboard.ts';

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
// indicators (issue 8): BENCH_INDICATOR_ROWS (default 2 000 000), BENCH_DATABASE_URL for PostgreSQL
await benchDashboard(Number(process.env.BENCH_INDICATOR_ROWS ?? 2_000_000), process.env.BENCH_DATABASE_URL);
process.exit(0);
