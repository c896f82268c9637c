import { useTranslation } from 'react-i18next';
import type { Template } from './templates-api.ts';
import { TemplateFormModal } from './template-form-modal.tsx';

/** 新建版本: a copy of the template's stages to edit; the server retires the previous version. */
export function TemplateVersionModal({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <TemplateFormModal
      title={`${t('templates.newVersion')} · ${template.name}`}
      done={t('templates.created')}
      onClose={onClose}
      fixed={{ ownerUnitId: template.ownerUnitId, code: template.code, appliesTo: template.appliesTo }}
      initialValues={{ name: template.name, stages: template.stages.map((s) => ({ ...s })) }}
    />
  );
}
