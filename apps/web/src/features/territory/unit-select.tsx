import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '@jishi/shared';
import { useUnits } from './territory-api.ts';

type Kind = UnitView['kind'];

interface Props {
  kinds?: readonly Kind[];
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  exclude?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Territory unit picker (current tree), filtered by kind; searchable by name. */
export function UnitSelect({ kinds, value, onChange, allowClear, placeholder, exclude, style, ...rest }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const items = units.data?.items ?? [];
  const names = new Map(items.map((u) => [u.id, u.name]));
  const options = items
    .filter((u) => (!kinds || kinds.includes(u.kind)) && u.id !== exclude)
    .map((u) => {
      const parent = u.parentId ? names.get(u.parentId) : undefined;
      return { value: u.id, label: parent ? `${parent} / ${u.name}` : u.name, kind: t(`unitKind.${u.kind}`) };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return (
    <Select
      data-testid={rest['data-testid']}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={units.isPending}
      placeholder={placeholder ?? t('common.selectPlaceholder')}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      optionRender={(o) => `${o.data.label}（${o.data.kind}）`}
      style={{ minWidth: 200, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
