import { benchReportBurst } from '/work/wt-grid/bench/s2-report-burst.ts';
await benchReportBurst(Number(process.env.BENCH_DURATION ?? 10), process.env.S2_PG);
process.exit(0);
