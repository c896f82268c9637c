import type { MessageInstance } from 'antd/es/message/interface';
import { ApiError } from './api-error.ts';
import { i18n } from './i18n/index.ts';

/** The antd message API bound from inside <App> so it follows the theme and locale. */
let messageApi: MessageInstance | null = null;

export function bindMessageApi(api: MessageInstance): void {
  messageApi = api;
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return i18n.t('common.unexpected');
}

export function notifyError(err: unknown): void {
  if (err instanceof DOMException && err.name === 'AbortError') return;
  void messageApi?.error(errorText(err));
}

export function notifySuccess(text: string): void {
  void messageApi?.success(text);
}
