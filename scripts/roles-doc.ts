import { writeFileSync } from 'node:fs';
import { roleTableMarkdown } from '../packages/shared/src/modules/role-table.ts';

writeFileSync(new URL('../docs/roles.md', import.meta.url), roleTableMarkdown());
