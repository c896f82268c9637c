import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PRICE_KINDS,
  PROVIDED_BY,
  PROVIDER_KINDS,
  SERVICE_CATEGORIES,
  agreementBody,
  providerAccountBody,
  providerBody,
  serviceCatalogBody,
  serviceCatalogPatchBody,
} from '@jishi/shared';
import { fenToYuanText } from '@jishi/shared/money';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { testId } from '../../lib/test-id.ts';
import {
  CommunityField,
  DateField,
  IntField,
  TextField,
  YuanField,
  fenOf,
} from '../../components/service-form-fields.tsx';
import {
  useAccountCandidates,
  usePremises,
  useProviders,
  useServicesWrite,
  type ProviderView,
  type ServiceCatalogView,
} from '../../lib/services-api.ts';

type Values = Record<string, unknown>;

/** Form values → catalogue body: free is 0 fen, a provider's entry names the provider. */
function catalogInput(v: Values, providers: ProviderView[]) {
  const provider = v.providedBy === 'provider' ? providers.find((p) => p.id === v.providerId) : undefined;
  return compact({
    ...v,
    priceFen: v.priceKind === 'free' ? 0 : fenOf(v.priceFen),
    providerId: v.providedBy === 'provider' ? v.providerId : null,
    providerName: provider ? provider.name : v.providerName,
  });
}

/** The entry's fields; an edit keeps the entry's community (`unitId` given, no community picker). */
function CatalogFields({ unitId: fixedUnitId }: { unitId?: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const watchedUnitId = Form.useWatch('unitId', form) as string | undefined;
  const unitId = fixedUnitId ?? watchedUnitId;
  const providedBy = Form.useWatch('providedBy', form) as string | undefined;
  const priceKind = Form.useWatch('priceKind', form) as string | undefined;
  const providers = (useProviders().data ?? []).filter((p) => p.unitId === unitId);
  return (
    <>
      {!fixedUnitId && <CommunityField testId="catalog-unit" />}
      <TextField name="code" label={t('svc.code')} testId="catalog-code" max={40} />
      <TextField name="name" label={t('svc.service')} testId="catalog-name" max={60} />
      <Form.Item name="category" label={t('svc.category')} required>
        <Select
          data-testid="catalog-category"
          options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`serviceCategory.${c}`) }))}
        />
      </Form.Item>
      <TextField name="programme" label={t('svc.programme')} testId="catalog-programme" required={false} max={30} />
      <Form.Item name="providedBy" label={t('svc.providedBy')} required>
        <Select
          data-testid="catalog-provided-by"
          options={PROVIDED_BY.map((p) => ({ value: p, label: t(`providedBy.${p}`) }))}
        />
      </Form.Item>
      {providedBy === 'provider' ? (
        <Form.Item name="providerId" label={t('svc.provider')} required>
          <Select data-testid="catalog-provider" options={providers.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      ) : (
        <TextField name="providerName" label={t('svc.providerName')} testId="catalog-provider-name" max={60} />
      )}
      <Form.Item name="priceKind" label={t('svc.price')} required>
        <Select
          data-testid="catalog-price-kind"
          options={PRICE_KINDS.map((p) => ({ value: p, label: t(`priceKind.${p}`) }))}
        />
      </Form.Item>
      {priceKind === 'low_cost' && <YuanField name="priceFen" label={t('svc.price')} testId="catalog-price" />}
      <IntField name="timeLimitHours" label={t('svc.timeLimit')} testId="catalog-time-limit" min={1} />
      <TextField
        name="description"
        label={t('svc.serviceDescription')}
        testId="catalog-description"
        area
        required={false}
        max={1000}
      />
    </>
  );
}

/** 编辑服务项目: every field of the entry but its community; a cleared description or programme is sent as cleared. */
export function CatalogEditModal({ service, onClose }: { service: ServiceCatalogView; onClose: () => void }) {
  const { t } = useTranslation();
  const providers = useProviders().data ?? [];
  const patch = useServicesWrite<unknown>(() => `/api/services/catalog/${service.id}`, undefined, 'PATCH');
  const {
    code,
    name,
    description,
    category,
    programme,
    providedBy,
    providerId,
    providerName,
    priceKind,
    priceFen,
    timeLimitHours,
  } = service;
  const toInput = (v: Values) => ({
    ...catalogInput(v, providers),
    description: typeof v.description === 'string' ? v.description.trim() : '',
    programme: typeof v.programme === 'string' && v.programme.trim() ? v.programme.trim() : null,
  });
  return (
    <CreateEntityModal<Values, typeof serviceCatalogPatchBody>
      open
      title={`${t('svc.editService')} · ${name}`}
      onClose={onClose}
      schema={serviceCatalogPatchBody}
      toInput={toInput}
      mutation={patch}
      successText={t('common.saved')}
      okButtonProps={testId('catalog-submit')}
      initialValues={{
        code,
        name,
        description,
        category,
        programme: programme ?? undefined,
        providedBy,
        providerId: providerId ?? undefined,
        providerName,
        priceKind,
        priceFen: priceKind === 'free' ? undefined : fenToYuanText(priceFen),
        timeLimitHours,
      }}
    >
      <CatalogFields unitId={service.unitId} />
    </CreateEntityModal>
  );
}

/** 新增服务项目: a catalogue entry (also an Open311 service); opened from a provider it is that provider's service. */
export function CatalogModal({ provider, onClose }: { provider?: ProviderView; onClose: () => void }) {
  const { t } = useTranslation();
  const providers = useProviders().data ?? [];
  const create = useServicesWrite<unknown>(() => '/api/services/catalog');
  const initial = provider
    ? { unitId: provider.unitId, providedBy: 'provider', providerId: provider.id }
    : { providedBy: 'community' };
  return (
    <CreateEntityModal<Values, typeof serviceCatalogBody>
      open
      title={t('svc.addService')}
      onClose={onClose}
      schema={serviceCatalogBody}
      toInput={(v) => catalogInput(v, providers)}
      mutation={create}
      okButtonProps={testId('catalog-submit')}
      initialValues={{ category: 'other', priceKind: 'free', timeLimitHours: 72, ...initial }}
    >
      <CatalogFields />
    </CreateEntityModal>
  );
}

/** 新增服务机构: a third-party provider settled in a community. */
export function ProviderModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/services/providers');
  return (
    <CreateEntityModal<Values, typeof providerBody>
      open
      title={t('svc.addProvider')}
      onClose={onClose}
      schema={providerBody}
      toInput={compact}
      mutation={create}
      okButtonProps={testId('provider-submit')}
      initialValues={{ kind: 'elderly_care' }}
      autoComplete="off"
    >
      <CommunityField testId="provider-unit" />
      <TextField name="name" label={t('svc.provider')} testId="provider-name" max={100} />
      <Form.Item name="kind" label={t('svc.providerKind')} required>
        <Select
          data-testid="provider-kind"
          options={PROVIDER_KINDS.map((k) => ({ value: k, label: t(`providerKind.${k}`) }))}
        />
      </Form.Item>
      <TextField name="contactPhone" label={t('svc.contactPhone')} testId="provider-phone" required={false} max={11} />
      <TextField
        name="description"
        label={t('svc.serviceDescription')}
        testId="provider-description"
        area
        required={false}
        max={1000}
      />
    </CreateEntityModal>
  );
}

/** 免费场地协议: a room of the provider's community, the period and the conditions. */
export function AgreementModal({ provider, onClose }: { provider: ProviderView; onClose: () => void }) {
  const { t } = useTranslation();
  const rooms = (usePremises().data ?? [])
    .filter((p) => p.unitId === provider.unitId)
    .flatMap((p) => p.rooms.map((r) => ({ value: r.id, label: `${p.name} · ${r.name}` })));
  const create = useServicesWrite<unknown>(() => `/api/services/providers/${provider.id}/agreements`);
  return (
    <CreateEntityModal<Values, typeof agreementBody>
      open
      title={`${t('svc.addAgreement')} · ${provider.name}`}
      onClose={onClose}
      schema={agreementBody}
      toInput={compact}
      mutation={create}
      okButtonProps={testId('agreement-submit')}
    >
      <Form.Item name="roomId" label={t('svc.room')} required>
        <Select data-testid="agreement-room" options={rooms} />
      </Form.Item>
      <DateField name="startsOn" label={t('svc.startsOn')} testId="agreement-from" />
      <DateField name="endsOn" label={t('svc.endsOn')} testId="agreement-to" />
      <TextField name="conditions" label={t('svc.conditions')} testId="agreement-conditions" area max={1000} />
    </CreateEntityModal>
  );
}

/** 关联账号: a user of the provider role who will see and handle this provider's orders only (one provider per account). */
export function ProviderAccountModal({ provider, onClose }: { provider: ProviderView; onClose: () => void }) {
  const { t } = useTranslation();
  const candidates = useAccountCandidates(provider.id);
  const link = useServicesWrite<unknown>(() => `/api/services/providers/${provider.id}/accounts`);
  return (
    <CreateEntityModal<Values, typeof providerAccountBody>
      open
      title={`${t('svc.linkAccount')} · ${provider.name}`}
      onClose={onClose}
      schema={providerAccountBody}
      toInput={compact}
      mutation={link}
      successText={t('common.saved')}
      okButtonProps={testId('provider-account-submit')}
    >
      <Form.Item name="userId" label={t('svc.account')} required extra={t('svc.linkAccountHint')}>
        <Select
          data-testid="provider-account-user"
          showSearch
          optionFilterProp="label"
          loading={candidates.isPending}
          notFoundContent={t('svc.noAccountCandidates')}
          options={(candidates.data?.items ?? []).map((u) => ({
            value: u.userId,
            label: `${u.displayName}（${u.username}）`,
          }))}
        />
      </Form.Item>
    </CreateEntityModal>
  );
}
