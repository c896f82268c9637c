/** The year the source report describes: the demo's records of Party life and its neighbours fall in it. */
export const DEMO_YEAR = 2015;
export const demoMonth = (m: number) => `${DEMO_YEAR}-${String(m).padStart(2, '0')}`;
export const demoDay = (m: number, d: number) => `${demoMonth(m)}-${String(d).padStart(2, '0')}`;
