import { MODULES } from './index.ts';
import { ROLES } from '../roles.ts';

/** The role table as one Markdown page (docs/roles.md): one row per permission, one column per role, by module. */
export function roleTableMarkdown(): string {
  const lines = [
    '# Role table',
    '',
    'Generated from the module manifests (`packages/shared/src/modules/*.ts`) by `npm run roles:doc`; a test keeps it',
    'current. ● = the role holds the permission.',
    '',
    `| Module | Permission | ${ROLES.join(' | ')} |`,
    `| --- | --- | ${ROLES.map(() => ':-:').join(' | ')} |`,
  ];
  for (const m of MODULES)
    for (const p of m.permissions) {
      const cells = ROLES.map((r) => (hasGrant(m.grants[r], p) ? '●' : ''));
      lines.push(`| ${m.id} | \`${p}\` | ${cells.join(' | ')} |`);
    }
  return `${lines.join('\n')}\n`;
}

function hasGrant(grants: readonly string[] | undefined, permission: string): boolean {
  return grants?.includes(permission) ?? false;
}
