import type { TestProject } from 'vitest/node';
import { startOwnServer } from './own-server.ts';

/**
 * Starts the real server (built web app, fresh embedded database, demo subdistrict, secure cookies) on a free port
 * for the browser flows, and stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The flows act on the demo's cases by hand (a secretary escalates the overdue case); the scheduled sweep would
  // escalate it at start (a missed run is caught up), and it has its own tests (scheduled-jobs*.int.test.ts). The
  // flow that needs the jobs (todo-reminders) starts a server of its own.
  const server = await startOwnServer({ JISHI_JOBS: 'off' });
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
