import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '@jishi/shared';
import { SERVER_MODULES } from '../src/modules.ts';

/**
 * House rules that a reviewer would otherwise check by eye (architecture.md conventions 1, 2, 8):
 * one-way layers, the scope minted only by auth, dialect words only in db/. Import cycles are Biome's
 * `noImportCycles` (npm run lint, decision 0034), over the server, the web app and shared.
 */
const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

interface Import {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)) {
    out.push({ target: resolve(dirname(file), m[3]), typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/^\s*import\s+'(\.[^']+)'/gm))
    out.push({ target: resolve(dirname(file), m[1]), typeOnly: false });
  return out;
}

const files = sourceFiles(SRC);
const rel = (p: string) => relative(SRC, p);
const featureOf = (p: string) => rel(p).match(/^features\/([^/]+)\//)?.[1] ?? null;

/** Table → the feature whose *.table.ts declares its row type (read from the DB interface db/schema.ts assembles). */
const TABLE_OWNER: ReadonlyMap<string, string> = (() => {
  const schema = readFileSync(join(SRC, 'db/schema.ts'), 'utf8');
  const typeOwner = new Map<string, string>();
  for (const m of schema.matchAll(/import type \{([^}]*)\} from '\.\.\/features\/([^/]+)\/[^']+\.table\.ts'/g))
    for (const name of m[1].split(',').map((n) => n.trim())) if (name) typeOwner.set(name, m[2]);
  const body = schema.slice(schema.indexOf('export interface DB {'));
  const out = new Map<string, string>();
  for (const m of body.slice(0, body.indexOf('\n}')).matchAll(/^\s+([a-z0-9_]+): (\w+);/gm)) {
    const owner = typeOwner.get(m[2]);
    if (owner) out.set(m[1], owner);
  }
  return out;
})();

/** The known tables a source text queries: Kysely calls (`selectFrom('t')`, joins, writes), `'t as x'`, raw SQL. */
function tablesQueried(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
  const found = new Set<string>();
  const patterns = [
    /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|from|with|table)\(\s*\[?\s*'([a-z0-9_]+)/g,
    /'([a-z0-9_]+) as [a-z0-9_]+'/g,
    /\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z0-9_]+)\b/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found].filter((t) => TABLE_OWNER.has(t));
}

/**
 * Queries of another feature's tables that predate the ownership rule (the redesign moves them behind the owner's API).
 * org_units is left out of the check altogether: the territory API (its own part of the redesign) replaces those reads.
 * A module's figures (x.indicators.ts) get no exception.
 */
const FOREIGN_TABLE_READS: Record<string, string> = {
  // accounts (auth's users, sessions, recovery codes, proposals)
  'features/audit/audit.repo.ts users': "the audit list joins the actor's display name",
  'features/decisions/proposals.repo.ts users': "proposals show their author's display name",
  'features/education/education.service.ts users': 'linking a member account checks the user exists and its scope',
  'features/grid/cases.repo.ts users': "cases show their handlers' names",
  'features/grid/posts.repo.ts users': 'grid posts list and pick the accounts that hold them',
  'features/grid/reports.repo.ts users': "daily reports show the reporter's name",
  'features/integrity/alerts.repo.ts users': "alerts show the handler's name",
  'features/integrity/complaints.repo.ts users': "complaints show the handler's name",
  'features/pairing/pairing.service.ts users': 'a pairing checks that the helper account exists',
  'features/party-life/party-life.repo.ts users':
    'a "meetings due" to-do goes to the secretaries linked to the branch (users.party_branch_id)',
  'features/providers/providers.repo.ts users': "a provider's accounts are users",
  'features/setup/setup.service.ts users': 'first set-up creates the first administrator account',
  'features/users/users.repo.ts users': 'the users feature administers the accounts auth declares',
  'features/users/account-changes.ts users': 'the users feature administers the accounts auth declares',
  'features/users/account-changes.ts sessions': 'an account change ends its sessions',
  'features/users/account-changes.ts recovery_codes': 'an account change clears its recovery codes',
  'features/users/account-proposals.service.ts users': 'approving a proposal creates or changes an account',
  'features/users/account-proposals.service.ts account_proposals':
    'the users feature handles the proposals auth declares',
  // the portal sign-in (its own part of the redesign moves this SQL into the portal's repository)
  // Party organisations and members (party-life/units.service is the shared kernel the territory part takes apart)
  'features/education/education.repo.ts party_orgs': 'study plans and coverage are per branch',
  'features/education/education.repo.ts party_members': 'learning coverage counts the branch members',
  'features/education/education.service.ts party_members': 'linking an account to a member reads the member',
  'features/education/education.service.ts party_orgs': "linking an account checks the member's branch scope",
  'features/in-service-members/in-service.repo.ts party_orgs': "an in-service member's own branch",
  'features/pairing/pairing.repo.ts party_orgs': "a helper's branch",
  'features/party-life/party-life.repo.ts party_orgs': 'meetings and files belong to a branch',
  'features/party-life/party-life.stats.ts party_orgs': 'the 三会一课 slots are owed per branch',
  'features/party-members/party-members.repo.ts party_orgs': "a member is scoped through the branch's territory",
  'features/party-members/party-members.stats.ts party_orgs': "members are counted through the branch's territory",
  'features/party-orgs/party-orgs.repo.ts party_members': 'an organisation lists its member count',
  // residents
  'features/decisions/matters.repo.ts residents': 'a matter names the residents who raised it',
  'features/pairing/pairing.repo.ts residents': "a pairing shows its target resident's name and grid",
  'features/pairing/pairing.service.ts residents': 'a pairing checks its target resident',
  'features/territory/territory.repo.ts residents': 'a household lists the residents living in it',
  // services
  'features/bookings/bookings.repo.ts service_rooms': 'a booking is of a room',
  'features/bookings/bookings.repo.ts service_premises': "a room's premises give the booking its scope",
  'features/providers/providers.repo.ts service_rooms': 'a provider agreement is for rooms',
  'features/providers/providers.repo.ts service_premises': "a room's premises give the agreement its scope",
  'features/providers/providers.repo.ts service_catalog': 'a provider offers catalogue services',
  'features/premises/premises.repo.ts fund_allocations': 'a project is paid from a fund allocation',
  'features/service-requests/requests.repo.ts workers': 'a request is assigned to a community worker',
  // audit chain
  'features/integrity/oversight.repo.ts audit_head': "oversight shows the audit chain's head",
  'features/integrity/oversight.repo.ts audit_log': "oversight shows the audit chain's last record",
};

describe('layers', () => {
  it("platform/ and db/ import no feature (db/schema.ts assembles the features' table types, types only)", () => {
    const assemblesTables = (f: string, i: Import) =>
      rel(f) === 'db/schema.ts' && i.typeOnly && /^features\/[^/]+\/[^/]+\.table\.ts$/.test(rel(i.target));
    const bad = files
      .filter((f) => /^(platform|db)\//.test(rel(f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^(features|seed)\//.test(rel(i.target)) && !assemblesTables(f, i))
          .map((i) => `${rel(f)} → ${rel(i.target)}`),
      );
    expect(bad).toEqual([]);
  });

  it('features use each other only through services, stats and table types (auth is the access layer)', () => {
    const bad = files.flatMap((f) => {
      const own = featureOf(f);
      if (!own) return [];
      return importsOf(f)
        .filter((i) => featureOf(i.target) && featureOf(i.target) !== own && featureOf(i.target) !== 'auth')
        .filter(
          (i) =>
            !/\.(service|stats|merge)\.ts$/.test(i.target) &&
            !(i.typeOnly && /\.(table|view)\.ts$/.test(i.target)) &&
            // a module's contract for others (indicator definitions, to-do kinds): types only
            !(i.typeOnly && /\.types\.ts$/.test(i.target)) &&
            !(own === 'indicators' && /\.indicators\.ts$/.test(i.target)),
        )
        .map((i) => `${rel(f)} → ${rel(i.target)}`);
    });
    expect(bad).toEqual([]);
  });

  it('every feature with routes is a module: <name>.module.ts, importing only its own folder, one line in modules.ts', () => {
    const registry = readFileSync(join(SRC, 'modules.ts'), 'utf8');
    const features = [...new Set(files.filter((f) => f.endsWith('.routes.ts')).map((f) => featureOf(f) ?? ''))];
    const missing = features.filter(
      (name) =>
        !files.includes(join(SRC, 'features', name, `${name}.module.ts`)) ||
        !registry.includes(`'./features/${name}/${name}.module.ts'`),
    );
    expect(missing).toEqual([]);
    const reaching = files
      .filter((f) => f.endsWith('.module.ts'))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => featureOf(i.target) !== featureOf(f) && !rel(i.target).startsWith('server-module'))
          .map((i) => `${rel(f)} → ${rel(i.target)}`),
      );
    expect(reaching).toEqual([]);
  });

  it("a module's demo seed (<id>.seed.ts) is imported by its own <id>.module.ts only, and registered there", () => {
    const bad = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => /\.seed\.ts$/.test(i.target))
        .filter((i) => {
          const id = featureOf(i.target);
          return !id || rel(i.target) !== `features/${id}/${id}.seed.ts` || rel(f) !== `features/${id}/${id}.module.ts`;
        })
        .map((i) => `${rel(f)} → ${rel(i.target)}`),
    );
    expect(bad).toEqual([]);
    const seeded = files.filter((f) => f.endsWith('.seed.ts')).map((f) => featureOf(f));
    const unregistered = seeded.filter((id) => !SERVER_MODULES.find((m) => m.manifest.id === id)?.seed);
    expect(unregistered).toEqual([]);
  });

  it("features take from seed/ only the demo's data (demo-*.ts, people-generator.ts), never a base seed step", () => {
    const bad = files
      .filter((f) => featureOf(f))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => rel(i.target).startsWith('seed/'))
          .filter((i) => !/^seed\/(demo-[a-z-]+|people-generator)\.ts$/.test(rel(i.target)))
          .map((i) => `${rel(f)} → ${rel(i.target)}`),
      );
    expect(bad).toEqual([]);
  });

  it("the server's module registry and the shared manifests name the same modules", () => {
    const serverIds = SERVER_MODULES.map((m) => m.manifest.id).sort();
    expect(serverIds).toEqual(MODULES.map((m) => m.id).sort());
    for (const id of serverIds) expect(files).toContain(join(SRC, 'features', id, `${id}.module.ts`));
  });

  it('only the territory feature queries the territory tables (others ask territory.service.ts)', () => {
    // Outside features/territory (and db/ migrations, seed/), org_units may only be joined (the scope join:
    // `innerJoin('org_units as u', …)` to filter by path or show a unit's name); selecting from it, writing it, or
    // touching org_unit_links at all is territory's job.
    const query =
      /\b(selectFrom|updateTable|insertInto|deleteFrom|replaceInto|mergeInto)\(\s*'org_units\b|\borg_unit_links\b/;
    const bad = files
      .filter((f) => !/^(features\/territory|db|seed)\//.test(rel(f)))
      .filter((f) => query.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(bad).toEqual([]);
  });

  it('materialized paths are taken apart in one place (platform/org-scope.ts)', () => {
    const copies = files
      .filter(
        (f) => rel(f) !== 'platform/org-scope.ts' && /split\('\/'\)\.filter\(Boolean\)/.test(readFileSync(f, 'utf8')),
      )
      .map(rel);
    expect(copies).toEqual([]);
  });

  it("a module's figures (x.indicators.ts) are read by its own folder and by the indicators catalogue only", () => {
    const bad = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => /\.indicators\.ts$/.test(i.target))
        .filter((i) => featureOf(f) !== featureOf(i.target) && featureOf(f) !== 'indicators')
        .map((i) => `${rel(f)} → ${rel(i.target)}`),
    );
    expect(bad).toEqual([]);
    // the catalogue's contributions live in the modules: nothing is left under indicators/definitions
    expect(files.filter((f) => rel(f).startsWith('features/indicators/definitions/')).map(rel)).toEqual([]);
  });

  it('a feature queries only the tables its own *.table.ts declares (org_units aside; known exceptions listed with a reason)', () => {
    const used = new Set<string>();
    const bad = files.flatMap((f) => {
      const own = featureOf(f);
      if (!own) return [];
      return tablesQueried(readFileSync(f, 'utf8'))
        .filter((t) => t !== 'org_units' && TABLE_OWNER.get(t) !== own)
        .map((t) => `${rel(f)} ${t}`)
        .filter((v) => {
          if (!(v in FOREIGN_TABLE_READS) || /\.indicators\.ts /.test(v)) return true;
          used.add(v);
          return false;
        });
    });
    expect(bad).toEqual([]);
    // an exception no longer needed must go
    expect(Object.keys(FOREIGN_TABLE_READS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('the table check sees the ways a query names a table', () => {
    const text = `db.selectFrom('residents as r').innerJoin('pairings as p', 'p.id', 'r.id');
      // selectFrom('workers') in a comment is no query
      trx.insertInto('good_deeds'); db.updateTable('trainings'); db.deleteFrom('volunteers');
      db.selectFrom(['courses as c']); sql\`SELECT count(*) FROM complaints c JOIN party_orgs b\``;
    expect(tablesQueried(text).sort()).toEqual(
      ['complaints', 'courses', 'good_deeds', 'pairings', 'party_orgs', 'residents', 'trainings', 'volunteers'].sort(),
    );
    expect(TABLE_OWNER.get('residents')).toBe('residents');
    expect(TABLE_OWNER.get('grid_report_rollups')).toBe('grid');
  });

  it('only the auth feature mints an OrgScope', () => {
    const minters = files.filter((f) => /mintOrgScope\(/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(minters.filter((f) => !f.startsWith('features/auth/') && f !== 'platform/org-scope.ts')).toEqual([]);
  });

  it('database dialect words appear only in db/', () => {
    const leaks = files
      .filter(
        (f) => !rel(f).startsWith('db/') && /\b(sqlite|better-sqlite3|postgres|pg_)/i.test(readFileSync(f, 'utf8')),
      )
      .map(rel);
    expect(leaks).toEqual([]);
  });
});
