import pg from 'pg';

/** Which engine the integration suite runs on: JISHI_TEST_DB=postgres, else SQLite. */
export const testEngine = (): 'sqlite' | 'postgres' =>
  process.env.JISHI_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const base = () => process.env.JISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function postgresAdminUrl(database: string): string {
  const url = new URL(base());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(text: string): Promise<{ datname: string }[]> {
  const client = new pg.Client({ connectionString: base() });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
