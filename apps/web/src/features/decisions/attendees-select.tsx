import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { Paged } from '../../lib/paged.ts';
import { useCan } from '../auth/session.ts';
import type { ResidentView } from '../residents/residents-api.ts';

/** An attendee value: `r:<id>` for a resident of the registry, otherwise the name as typed. */
export type AttendeeValue = string;

export function toAttendees(values: AttendeeValue[] = []) {
  return values.map((v) => (v.startsWith('r:') ? { residentId: v.slice(2) } : { name: v }));
}

interface Props {
  value?: AttendeeValue[];
  onChange?: (value: AttendeeValue[]) => void;
}

/** Named attendees (签名): residents found in the registry by name, or free names (a Party secretary, a guest). */
export function AttendeesSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const [q, setQ] = useState('');
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const found = useQuery({
    queryKey: ['residents', 'list', 'attendees', q],
    queryFn: ({ signal }) =>
      api<Paged<ResidentView>>('/api/residents', { query: { q, page: 1, pageSize: 20 }, signal }),
    enabled: can('resident:read') && q.trim().length >= 1,
  });
  const options = (found.data?.items ?? []).map((r) => ({ value: `r:${r.id}`, label: `${r.name}（${r.gridName}）` }));
  const change = (next: AttendeeValue[]) => {
    const names = new Map(known);
    for (const o of options) names.set(o.value, o.label);
    setKnown(names);
    onChange?.(next);
  };
  return (
    <Select
      data-testid="stage-attendees"
      mode="tags"
      value={value}
      onChange={change}
      onSearch={setQ}
      filterOption={false}
      loading={found.isFetching}
      placeholder={t('stage.attendeesHint')}
      options={options}
      labelRender={(p) => known.get(String(p.value)) ?? p.label ?? String(p.value)}
      tokenSeparators={['，', ',']}
    />
  );
}
