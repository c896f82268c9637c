import { useState } from 'react';
import { Button, Card, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { inServiceEvaluationBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan } from '../auth/session.ts';
import { useUnitName } from '../territory/use-unit-name.ts';
import { PaperRegisterModal, PlaceModal, ServiceRecordModal } from './in-service-forms.tsx';
import { ServiceRecordsLedger } from '../volunteering/ledgers.tsx';
import { JointUnitsCard } from './joint-units-card.tsx';
import { ServicePostsCard } from './service-posts-card.tsx';
import { useItems, useWrite } from '../../lib/members-api.ts';
import { FeedbackExportModal, type FeedbackExport } from './feedback-export.tsx';
import type { InService } from '../../lib/members-api.ts';
import { GRADE_KEYS, hours, options } from '../../lib/members-labels.ts';

/** 在职党员报到: who registered where, their service, the yearly evaluation and the feedback to the employer. */
export function InServicePanel() {
  const { t } = useTranslation();
  const can = useCan();
  const [year, setYear] = useState(2015);
  const list = useItems<InService>('/api/in-service/members');
  const [evaluating, setEvaluating] = useState<InService | null>(null);
  const [paper, setPaper] = useState(false);
  const [gridFor, setGridFor] = useState<InService | null>(null);
  const [recordFor, setRecordFor] = useState<InService | null>(null);
  const [branchFor, setBranchFor] = useState<InService | null>(null);
  const [recordsOf, setRecordsOf] = useState<InService | null>(null);
  const [workUnit, setWorkUnit] = useState<string | undefined>();
  const [exporting, setExporting] = useState<FeedbackExport | null>(null);
  const workUnits = [...new Set((list.data?.items ?? []).map((m) => m.workUnit))].sort();
  const unitName = useUnitName();
  const [search, setSearch] = useState('');
  const shown = (list.data?.items ?? []).filter(
    (m) => !search || m.name.includes(search) || m.workUnit.includes(search),
  );
  const [form] = Form.useForm();
  const evaluate = useWrite<{ id: string; body: unknown }>(
    (b) => `/api/in-service/members/${b.id}/evaluations`,
    'POST',
    (b) => b.body,
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {can('volunteer:write') && (
            <Button type="primary" onClick={() => setPaper(true)} data-testid="paper-register">
              {t('members.inService.paper')}
            </Button>
          )}
          <InputNumber
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => setYear(Number(v ?? 2015))}
            addonAfter={t('members.year')}
          />
          <Button
            data-testid="feedback-xlsx"
            onClick={() =>
              setExporting({ path: '/api/in-service/feedback.xlsx', body: { year }, fallback: 'feedback.xlsx' })
            }
          >
            {t('members.inService.feedbackXlsx')}
          </Button>
          <Select
            allowClear
            showSearch
            placeholder={t('members.inService.workUnitPick')}
            value={workUnit}
            onChange={setWorkUnit}
            style={{ width: 200 }}
            data-testid="work-unit-pick"
            options={workUnits.map((w) => ({ value: w, label: w }))}
          />
          <Button
            disabled={!workUnit}
            data-testid="work-unit-pdf"
            onClick={() =>
              setExporting({
                path: '/api/in-service/work-units/feedback.pdf',
                body: { year, workUnit },
                fallback: 'feedback.pdf',
              })
            }
          >
            {t('members.inService.workUnitPdf')}
          </Button>
          <Button
            disabled={!workUnit}
            data-testid="work-unit-xlsx"
            onClick={() =>
              setExporting({
                path: '/api/in-service/work-units/feedback.xlsx',
                body: { year, workUnit },
                fallback: 'feedback.xlsx',
              })
            }
          >
            {t('members.inService.workUnitXlsx')}
          </Button>
          <Input.Search
            allowClear
            placeholder={t('members.inService.search')}
            onSearch={setSearch}
            onChange={(e) => !e.target.value && setSearch('')}
            style={{ width: 200 }}
            data-testid="in-service-search"
          />
          <Tag>{t('members.inService.count', { n: list.data?.items.length ?? 0 })}</Tag>
        </Space>
        <Table<InService>
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          onRow={(m) => ({ 'data-testid': `in-service-${m.name}` }) as never}
          loading={list.isPending}
          dataSource={shown}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('members.inService.name'), dataIndex: 'name' },
            { title: t('members.inService.phone'), dataIndex: 'phoneMasked' },
            { title: t('members.inService.workUnit'), dataIndex: 'workUnit' },
            { title: t('members.inService.post'), dataIndex: 'postName' },
            {
              title: t('members.inService.grid'),
              dataIndex: 'gridId',
              render: (g: string | null) =>
                g ? (
                  <span data-testid="member-grid">{unitName(g)}</span>
                ) : (
                  <Tag color="orange">{t('members.inService.noGrid')}</Tag>
                ),
            },
            {
              title: t('members.inService.branch'),
              dataIndex: 'branchName',
              render: (b: string | null) => b ?? <Tag>{t('members.inService.noBranch')}</Tag>,
            },
            {
              title: t('members.inService.source'),
              dataIndex: 'source',
              render: (s: string) => t(`members.source.${s}`),
            },
            {
              title: t('members.inService.service'),
              render: (_, m) => t('members.inService.serviceText', { n: m.serviceCount, h: hours(m.serviceMinutes) }),
            },
            {
              title: t('members.inService.evaluation'),
              render: (_, m) => {
                const evaluation = m.evaluations.find((e) => e.year === year);
                return evaluation ? (
                  t(`members.grade.${evaluation.grade}`)
                ) : (
                  <Tag color="orange">{t('members.inService.notEvaluated')}</Tag>
                );
              },
            },
            {
              title: '',
              render: (_, m) => (
                <Space>
                  {can('volunteer:write') && (
                    <Button size="small" onClick={() => setGridFor(m)} data-testid="assign-grid">
                      {t('members.inService.assignGrid')}
                    </Button>
                  )}
                  {can('volunteer:write') && (
                    <Button size="small" onClick={() => setBranchFor(m)} data-testid="assign-branch">
                      {t('members.inService.assignBranch')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setRecordsOf(m)} data-testid="show-records">
                    {t('members.inService.records')}
                  </Button>
                  {can('volunteer:write') && (
                    <Button size="small" onClick={() => setRecordFor(m)} data-testid="add-record">
                      {t('members.inService.addRecord')}
                    </Button>
                  )}
                  {can('volunteer:write') && !m.evaluations.some((e) => e.year === year) && (
                    <Button size="small" onClick={() => setEvaluating(m)}>
                      {t('members.inService.evaluate')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    data-testid="member-feedback-pdf"
                    onClick={() =>
                      setExporting({
                        path: `/api/in-service/members/${m.id}/feedback.pdf`,
                        body: { year },
                        fallback: 'feedback.pdf',
                      })
                    }
                  >
                    {t('members.inService.feedbackPdf')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <FormModal
          form={form}
          open={Boolean(evaluating)}
          title={`${t('members.inService.evaluate')} · ${evaluating?.name ?? ''}`}
          onClose={() => setEvaluating(null)}
          initialValues={{ year, grade: 'good' }}
          onFinish={(v) =>
            submitForm(
              form,
              inServiceEvaluationBody,
              v,
              {
                mutate: (body, o) => {
                  if (evaluating) evaluate.mutate({ id: evaluating.id, body }, o);
                },
              },
              () => setEvaluating(null),
            )
          }
        >
          <Form.Item name="year" label={t('members.year')}>
            <InputNumber />
          </Form.Item>
          <Form.Item name="grade" label={t('members.inService.evaluation')}>
            <Select options={options(GRADE_KEYS, t, 'members.grade')} />
          </Form.Item>
          <Form.Item name="comment" label={t('members.inService.comment')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
        <PaperRegisterModal open={paper} onClose={() => setPaper(false)} />
        <FeedbackExportModal job={exporting} onClose={() => setExporting(null)} />
        <PlaceModal place="grid" member={gridFor} onClose={() => setGridFor(null)} />
        <ServiceRecordModal member={recordFor} onClose={() => setRecordFor(null)} />
        <PlaceModal place="branch" member={branchFor} onClose={() => setBranchFor(null)} />
        <Drawer
          open={Boolean(recordsOf)}
          size="large"
          title={`${t('members.inService.records')} · ${recordsOf?.name ?? ''}`}
          onClose={() => setRecordsOf(null)}
          destroyOnHidden
        >
          {recordsOf && <ServiceRecordsLedger memberId={recordsOf.id} />}
        </Drawer>
      </Card>
      <ServicePostsCard />
      <JointUnitsCard />
    </Space>
  );
}
