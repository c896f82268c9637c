import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { shanghaiDate } from '@jishi/shared';

export const DATE_FORMAT = 'YYYY-MM-DD';

export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DATE_FORMAT) : undefined;
}

export function fromIsoDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${(share * 100).toFixed((share * 100) % 1 === 0 ? 0 : 1)}%`;
}

/** Today on the subdistrict's calendar (Asia/Shanghai), the day the server counts on, whatever the browser's zone. */
export function todayIso(): string {
  return shanghaiDate();
}
