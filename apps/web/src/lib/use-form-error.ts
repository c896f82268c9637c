import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from './api-error.ts';
import { applyApiErrors, translateMessage } from './form-validation.ts';
import { errorText } from './notify.ts';
import type { FormMutation } from './submit-form.ts';

/**
 * Errors of a form whose mutation is silent: field issues go onto the fields, and the whole answer
 * (STAGE_ORDER, NOTICE_RUNNING, PERIOD_CLOSED …, already localised by the server) is kept for an Alert.
 */
export function useFormError(form: FormInstance) {
  const [error, setError] = useState<{ code: string; text: string } | null>(null);
  const onError = (err: unknown) => {
    applyApiErrors(form, err);
    const issues = err instanceof ApiError ? err.issues.map((i) => translateMessage(i.message)) : [];
    const code = err instanceof ApiError ? err.code : 'UNEXPECTED';
    setError({ code, text: [errorText(err), ...new Set(issues)].join('：') });
  };
  /** The mutation as submitForm wants it, with this hook's error handling added. */
  const track = <B, R>(m: FormMutation<B, R>): FormMutation<B, R> => ({
    mutate: (body, o) => {
      setError(null);
      m.mutate(body, {
        onSuccess: o.onSuccess,
        onError: (e) => {
          o.onError(e);
          onError(e);
        },
      });
    },
  });
  return { error, clear: () => setError(null), onError, track };
}
