import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { VALIDATION_MESSAGES } from '@jishi/shared/validation-messages';
import { ApiError } from './api-error.ts';
import { currentLang, i18n } from './i18n/index.ts';

type ZodIssue = z.ZodError['issues'][number];
type FieldError = { name: (string | number)[]; errors: string[] };

/** Shared schemas use message keys (validation.*); translate them, pass other text through. */
export function translateMessage(message: string): string {
  const entry = VALIDATION_MESSAGES[message];
  if (!entry) return message;
  return currentLang() === 'en' ? entry.en : entry.zh;
}

function issueText(issue: ZodIssue): string {
  if (issue.message.startsWith('validation.')) return translateMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return i18n.t('validation.required');
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? i18n.t('validation.required')
        : i18n.t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return i18n.t('validation.tooLong', { max: Number(issue.maximum) });
    default:
      return i18n.t('validation.invalid');
  }
}

/** Form inputs give '' for cleared fields; optional schema fields want them absent. */
export function compact<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '' || value === undefined) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out as T;
}

function setErrors(form: FormInstance, errors: FieldError[]): void {
  const merged = new Map<string, FieldError>();
  for (const e of errors) {
    const key = e.name.join('.');
    const prev = merged.get(key);
    if (prev) prev.errors.push(...e.errors);
    else merged.set(key, { name: e.name, errors: [...e.errors] });
  }
  form.setFields([...merged.values()]);
}

/** Validates with a shared Zod schema; marks the failing fields and returns null on failure. */
export function parseWith<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  setErrors(
    form,
    result.error.issues.map((i) => ({
      name: i.path.length ? i.path.map((p) => (typeof p === 'number' ? p : String(p))) : ['_form'],
      errors: [issueText(i)],
    })),
  );
  return null;
}

function fieldPath(path: string): string[] {
  const parts = path.split(/[./[\]]+/).filter(Boolean);
  return parts[0] === 'body' ? parts.slice(1) : parts;
}

/** Maps server `issues` ({path, message}) onto form fields; returns true when any were mapped. */
export function applyApiErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError) || err.issues.length === 0) return false;
  const errors = err.issues
    .map((i) => ({ name: fieldPath(i.path), errors: [translateMessage(i.message)] }))
    .filter((e) => e.name.length > 0);
  setErrors(form, errors);
  return errors.length > 0;
}
