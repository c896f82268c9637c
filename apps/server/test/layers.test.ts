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
            !/\.(service|stats|merge)\.ts$/.test(i.target) && !(i.typeOnly && /\.(table|view)\.ts$/.test(i.target)),
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
