import { z, type ZodType } from 'zod';
import { VALIDATION_MESSAGES, type Lang } from '@jishi/shared';
import { AppError, type RawIssue } from './errors.ts';

/** Fastify validator: Zod parse; failures become AppError('VALIDATION') with raw issues. */
export function zodValidatorCompiler({ schema, httpPart }: { schema: unknown; httpPart?: string }) {
  return (data: unknown) => {
    const nul = nulPath(data);
    if (nul)
      return {
        error: new AppError('VALIDATION', {
          issues: [{ code: 'custom', path: [httpPart ?? 'body', ...nul], message: 'validation.nul' }],
        }),
      };
    const result = (schema as ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((i) => ({ ...i, path: [httpPart ?? 'body', ...i.path] })) as RawIssue[];
    return { error: new AppError('VALIDATION', { issues }) };
  };
}

/** Path to the first string holding U+0000 (no database stores it; one of the two engines rejects it outright), or null. */
function nulPath(value: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = nulPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

const locales = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

/** Localised, input-free issues for the response body (input may hold personal data). */
export function localiseIssues(issues: RawIssue[], lang: Lang): { path: string; message: string }[] {
  return issues.map((issue) => {
    const known = VALIDATION_MESSAGES[issue.message];
    let message: string;
    if (known) message = lang === 'en' ? known.en : known.zh;
    else {
      const out = locales[lang](issue as never);
      message = (typeof out === 'string' ? out : out?.message) ?? issue.message;
    }
    return { path: issue.path.map(String).join('.'), message };
  });
}
