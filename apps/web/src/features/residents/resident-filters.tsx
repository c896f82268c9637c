import { useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../territory/unit-select.tsx';
import type { ResidentFlag } from './residents-api.ts';

export interface FilterValues {
  q?: string;
  gridId?: string;
  flag?: ResidentFlag;
}

const FLAGS: ResidentFlag[] = ['needy', 'elderly', 'disabled'];

/** Search (name, part of a name, or address), grid and flag filters. */
export function ResidentFilters({ value, onChange }: { value: FilterValues; onChange: (v: FilterValues) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value.q ?? '');
  const search = () => onChange({ ...value, q: draft.trim() || undefined });
  return (
    <Space wrap>
      <Space.Compact>
        <Input
          data-testid="residents-search"
          allowClear
          placeholder={t('residents.searchPlaceholder')}
          maxLength={50}
          style={{ width: 260 }}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (e.target.value === '' && value.q) onChange({ ...value, q: undefined });
          }}
          onPressEnter={search}
        />
        <Button data-testid="residents-search-submit" type="primary" icon={<SearchOutlined />} onClick={search}>
          {t('common.search')}
        </Button>
      </Space.Compact>
      <UnitSelect
        data-testid="residents-grid-filter"
        kinds={['grid', 'micro_grid']}
        allowClear
        placeholder={t('residents.grid')}
        value={value.gridId}
        onChange={(gridId) => onChange({ ...value, gridId })}
      />
      <Select<ResidentFlag>
        data-testid="residents-flag-filter"
        allowClear
        placeholder={t('residents.flag')}
        style={{ width: 120 }}
        value={value.flag}
        onChange={(flag) => onChange({ ...value, flag })}
        options={FLAGS.map((f) => ({ value: f, label: t(`flag.${f}`) }))}
      />
    </Space>
  );
}
