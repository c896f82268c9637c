import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { applyApiErrors, parseWith } from './form-validation.ts';

/** What submitForm needs of a TanStack mutation. */
export interface FormMutation<B, R> {
  mutate: (body: B, options: { onSuccess: (result: R) => void; onError: (err: unknown) => void }) => void;
}

/**
 * Validates `input` with a shared schema (failing fields are marked) and sends the body through
 * `mutation`; field errors in the server's answer go back onto the form.
 */
export function submitForm<S extends z.ZodType, R>(
  form: FormInstance,
  schema: S,
  input: unknown,
  mutation: FormMutation<z.output<S>, R>,
  onSuccess: (result: R) => void,
): void {
  const body = parseWith(form, schema, input);
  if (!body) return;
  mutation.mutate(body, { onSuccess, onError: (err) => applyApiErrors(form, err) });
}
