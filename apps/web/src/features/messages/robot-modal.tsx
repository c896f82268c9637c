import { Checkbox, Form, Input, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { robotCreateBody, robotUpdateBody, type RobotPlatformCode, type RobotView } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { useRequiredSession } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useCreateRobot, useUpdateRobot } from './robots-api.ts';

interface Values {
  unitId?: string;
  platform?: RobotPlatformCode;
  name?: string;
  webhookUrl?: string;
  secret?: string;
  removeSecret?: boolean;
  kinds?: string[];
  enabled?: boolean;
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** The reminder kinds a robot may receive, as checkboxes. */
function KindsField({ kinds }: { kinds: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="kinds" label={t('robots.kinds')}>
      <Checkbox.Group
        data-testid="robot-kinds"
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={kinds.map((k) => ({ value: k, label: t(`messageKind.${k}`) }))}
      />
    </Form.Item>
  );
}

/** The DingTalk signing secret (加签), only for DingTalk robots. */
function SecretField({ robot }: { robot?: RobotView }) {
  const { t } = useTranslation();
  return (
    <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.platform !== b.platform}>
      {({ getFieldValue }) =>
        (robot?.platform ?? getFieldValue('platform')) === 'dingtalk' && (
          <>
            <Form.Item
              name="secret"
              label={t('robots.secret')}
              extra={robot?.hasSecret ? t('robots.secretKeep') : t('robots.secretHint')}
            >
              <Input.Password data-testid="robot-secret" autoComplete="new-password" maxLength={200} />
            </Form.Item>
            {robot?.hasSecret && (
              <Form.Item name="removeSecret" valuePropName="checked">
                <Checkbox data-testid="robot-secret-remove">{t('robots.secretRemove')}</Checkbox>
              </Form.Item>
            )}
          </>
        )
      }
    </Form.Item>
  );
}

/**
 * 添加群机器人: the unit (a secretary's own community by default), the platform, a name, the webhook address copied
 * from the group's settings (DingTalk: its signing secret) and the kinds of reminder it receives.
 */
export function RobotCreateModal({ kinds, onClose }: { kinds: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useRequiredSession().user;
  const create = useCreateRobot();
  return (
    <CreateEntityModal
      open
      title={t('robots.add')}
      onClose={onClose}
      schema={robotCreateBody}
      initialValues={{ unitId: me.scopeUnitId, platform: 'wecom', kinds: [], enabled: true }}
      toInput={(v: Values) => ({
        unitId: v.unitId,
        platform: v.platform,
        name: v.name?.trim() ?? '',
        webhookUrl: v.webhookUrl?.trim() ?? '',
        secret: v.platform === 'dingtalk' ? trimmed(v.secret) : undefined,
        kinds: v.kinds ?? [],
        enabled: v.enabled ?? true,
      })}
      mutation={create}
      autoComplete="off"
    >
      <Form.Item name="unitId" label={t('robots.unit')} required>
        <UnitSelect
          kinds={['subdistrict', 'community', 'village']}
          style={{ width: '100%' }}
          data-testid="robot-unit"
        />
      </Form.Item>
      <Form.Item name="platform" label={t('robots.platform')} required>
        <Radio.Group
          data-testid="robot-platform"
          optionType="button"
          options={(['wecom', 'dingtalk'] as const).map((p) => ({ value: p, label: t(`robots.platforms.${p}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('robots.name')} required>
        <Input data-testid="robot-name" maxLength={60} />
      </Form.Item>
      <Form.Item name="webhookUrl" label={t('robots.webhook')} required extra={t('robots.webhookHint')}>
        <Input data-testid="robot-webhook" maxLength={500} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <SecretField />
      <KindsField kinds={kinds} />
      <Form.Item name="enabled" label={t('robots.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CreateEntityModal>
  );
}

/** 编辑群机器人: an empty webhook or secret keeps the stored one (which is never shown back). */
export function RobotEditModal({
  robot,
  kinds,
  onClose,
}: {
  robot: RobotView;
  kinds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateRobot(robot.id);
  return (
    <CreateEntityModal
      open
      title={t('robots.edit')}
      onClose={onClose}
      schema={robotUpdateBody}
      successText={t('common.saved')}
      initialValues={{ name: robot.name, kinds: robot.kinds, enabled: robot.enabled }}
      toInput={(v: Values) => ({
        name: v.name?.trim() ?? '',
        webhookUrl: trimmed(v.webhookUrl),
        secret: v.removeSecret ? null : trimmed(v.secret),
        kinds: v.kinds ?? [],
        enabled: v.enabled ?? false,
      })}
      mutation={update}
      autoComplete="off"
    >
      <Form.Item name="name" label={t('robots.name')} required>
        <Input data-testid="robot-name" maxLength={60} />
      </Form.Item>
      <Form.Item
        name="webhookUrl"
        label={t('robots.webhook')}
        extra={t('robots.webhookKeep', { hint: robot.webhookHint })}
      >
        <Input data-testid="robot-webhook" maxLength={500} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <SecretField robot={robot} />
      <KindsField kinds={kinds} />
      <Form.Item name="enabled" label={t('robots.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CreateEntityModal>
  );
}
