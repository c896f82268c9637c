import { Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_MIN, GENDERS, shanghaiDate } from '@jishi/shared';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useHouseholds } from '../territory/territory-api.ts';
import type { ResidentFormValues } from './resident-form-values.ts';

function HouseholdSelect({ gridId }: { gridId: string }) {
  const { t } = useTranslation();
  const households = useHouseholds(gridId);
  return (
    <Form.Item name="householdId" label={t('residents.household')}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={households.isPending}
        options={(households.data ?? []).map((h) => ({ value: h.id, label: h.address }))}
      />
    </Form.Item>
  );
}

/**
 * Fields of residentCreateBody / residentUpdateBody. When editing, ID number and phone start
 * empty (the server only has them masked for us); leaving them empty keeps the stored value.
 */
export function ResidentFormFields({
  form,
  editing,
  masked,
}: {
  form: FormInstance<ResidentFormValues>;
  editing: boolean;
  masked?: { idNumber: string | null; phone: string | null };
}) {
  const { t } = useTranslation();
  const gridId = Form.useWatch('gridId', form);
  return (
    <>
      <Form.Item name="name" label={t('residents.name')} required>
        <Input data-testid="resident-name" maxLength={60} />
      </Form.Item>
      <Form.Item name="gender" label={t('residents.gender')}>
        <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
      </Form.Item>
      <Form.Item name="birthDate" label={t('residents.birthDate')}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => {
            const day = d.format('YYYY-MM-DD');
            return day < DATE_MIN || day > shanghaiDate();
          }}
        />
      </Form.Item>
      <Form.Item name="gridId" label={t('residents.grid')} required>
        <UnitSelect data-testid="resident-grid" kinds={['grid', 'micro_grid']} style={{ width: '100%' }} />
      </Form.Item>
      {gridId && <HouseholdSelect key={gridId} gridId={gridId} />}
      <Form.Item name="address" label={t('residents.address')}>
        <Input data-testid="resident-address" maxLength={200} />
      </Form.Item>
      <Form.Item name="idNumber" label={t('residents.idNumber')}>
        <Input
          data-testid="resident-idNumber"
          maxLength={18}
          autoComplete="off"
          placeholder={editing ? (masked?.idNumber ?? undefined) : undefined}
        />
      </Form.Item>
      <Form.Item name="phone" label={t('residents.phone')}>
        <Input
          data-testid="resident-phone"
          maxLength={11}
          inputMode="tel"
          autoComplete="off"
          placeholder={editing ? (masked?.phone ?? undefined) : undefined}
        />
      </Form.Item>
      <Space size="large">
        <Form.Item name="isNeedy" valuePropName="checked">
          <Checkbox data-testid="resident-isNeedy">{t('flag.needy')}</Checkbox>
        </Form.Item>
        <Form.Item name="isElderly" valuePropName="checked">
          <Checkbox data-testid="resident-isElderly">{t('flag.elderly')}</Checkbox>
        </Form.Item>
        <Form.Item name="isDisabled" valuePropName="checked">
          <Checkbox data-testid="resident-isDisabled">{t('flag.disabled')}</Checkbox>
        </Form.Item>
      </Space>
    </>
  );
}
