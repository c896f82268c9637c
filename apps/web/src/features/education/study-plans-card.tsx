import { useState } from 'react';
import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { studyPlanCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan } from '../auth/session.ts';
import { BranchSelect } from '../party-members/branch-select.tsx';
import { useItems, useWrite } from '../../lib/members-api.ts';
import type { Course, StudyPlan } from '../../lib/members-api.ts';

/** 学习计划: the courses a Party branch plans to study in a year. */
export function StudyPlansCard({ year, courses }: { year: number; courses: readonly Course[] }) {
  const { t } = useTranslation();
  const can = useCan();
  const [branchId, setBranchId] = useState<string | undefined>();
  const plans = useItems<StudyPlan>('/api/education/plans', { branchId, year }, Boolean(branchId));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/education/plans');
  const titles = new Map(courses.map((c) => [c.id, c.title]));
  return (
    <Card
      title={t('members.plan.title', { year })}
      extra={
        can('partylife:write') &&
        branchId && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="plan-add">
            {t('members.plan.add')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <BranchSelect value={branchId} onChange={setBranchId} width={280} />
      </Space>
      {branchId ? (
        <List
          dataSource={plans.data?.items ?? []}
          loading={plans.isFetching}
          locale={{ emptyText: t('members.plan.none') }}
          renderItem={(p) => (
            <List.Item data-testid="study-plan">
              <List.Item.Meta
                title={p.title}
                description={
                  <Space size={4} wrap>
                    {p.courseIds.map((id) => (
                      <Tag key={id}>{titles.get(id) ?? id}</Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('members.partyLife.pickBranch')}</Typography.Text>
      )}
      <FormModal
        form={form}
        open={open}
        title={t('members.plan.add')}
        onClose={() => setOpen(false)}
        confirmLoading={create.isPending}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            studyPlanCreateBody,
            { branchId, year, title: v.title, courseIds: v.courseIds ?? [] },
            create,
            () => setOpen(false),
          )
        }
      >
        <Form.Item name="title" label={t('members.plan.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="courseIds" label={t('members.study.courses')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={courses.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
