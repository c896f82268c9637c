import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one URL on loopback; bounded by duration, stops by itself. */
export async function load(url: string, options: { connections: number; duration: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const r = await autocannon({ url, connections: options.connections, duration: options.duration, headers: options.headers });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

/** Starts a child process and resolves once it prints `marker`. */
export function startProcess(args: string[], env: Record<string, string>, marker: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`timeout waiting for ${marker}`)), 180_000);
    const onData = (chunk: Buffer) => {
      if (marker.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => process.stderr.write(c));
    child.on('exit', (code) => reject(new Error(`process exited early with ${code}`)));
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);
