import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { implementationBody, progressBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { fromIsoDate, toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useAddProgress, useSetImplementation } from './decisions-api.ts';
import type { MatterView } from './decisions-api.ts';
import { useFormError } from '../../lib/use-form-error.ts';

interface Values {
  owner?: string;
  dueOn?: Dayjs | null;
  notedOn?: Dayjs | null;
  note?: string;
  percent?: number | null;
}

/** 实施跟踪 (owner, due date, progress notes) and the residents' rating of the published result. */
export function ImplementationCard({ matter }: { matter: MatterView }) {
  const { t } = useTranslation();
  const [owner] = Form.useForm<Values>();
  const [note] = Form.useForm<Values>();
  const setImpl = useSetImplementation(matter.id);
  const addProgress = useAddProgress(matter.id);
  const { implementation: impl, rating } = matter;
  const saved = () => notifySuccess(t('common.saved'));
  const ownerError = useFormError(owner);
  const noteError = useFormError(note);
  const error = ownerError.error ?? noteError.error;
  const last = impl.progress[impl.progress.length - 1];
  return (
    <Card title={t('impl.title')} data-testid="implementation">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'o', label: t('impl.owner'), children: impl.owner ?? t('common.none') },
          { key: 'd', label: t('impl.dueOn'), children: impl.dueOn ?? t('common.none') },
          {
            key: 'r',
            label: t('impl.rating'),
            children: (
              <span data-testid="rating-summary">
                {rating.count
                  ? t('impl.ratingSummary', { count: rating.count, avg: rating.average })
                  : t('impl.noRating')}
              </span>
            ),
          },
        ]}
      />
      {last?.percent !== null && last?.percent !== undefined && <Progress percent={last.percent} />}
      {matter.abilities.track && (
        <Form<Values>
          form={owner}
          layout="inline"
          style={{ margin: '12px 0' }}
          initialValues={{ owner: impl.owner ?? undefined, dueOn: fromIsoDate(impl.dueOn) }}
          onFinish={(v) =>
            submitForm(
              owner,
              implementationBody,
              compact({ owner: v.owner, dueOn: toIsoDate(v.dueOn) }),
              ownerError.track(setImpl),
              saved,
            )
          }
        >
          <Form.Item name="owner" label={t('impl.owner')}>
            <Input data-testid="impl-owner" maxLength={50} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('impl.dueOn')}>
            <DatePicker data-testid="impl-due" />
          </Form.Item>
          <Button data-testid="impl-save" htmlType="submit" loading={setImpl.isPending}>
            {t('impl.set')}
          </Button>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error.text} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5}>{t('impl.progress')}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('impl.none') }}
        dataSource={impl.progress}
        renderItem={(p) => (
          <List.Item>
            {p.notedOn}　{p.note}
            {p.percent !== null ? `（${p.percent}%）` : ''}
          </List.Item>
        )}
      />
      {matter.abilities.track && (
        <Form<Values>
          form={note}
          layout="inline"
          style={{ marginTop: 12 }}
          initialValues={{ notedOn: dayjs() }}
          onFinish={(v) =>
            submitForm(
              note,
              progressBody,
              compact({ notedOn: toIsoDate(v.notedOn), note: v.note, percent: v.percent ?? undefined }),
              noteError.track(addProgress),
              () => {
                note.resetFields();
                saved();
              },
            )
          }
        >
          <Space wrap>
            <Form.Item name="notedOn">
              <DatePicker data-testid="progress-date" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="note">
              <Input data-testid="progress-note" placeholder={t('impl.note')} maxLength={1000} style={{ width: 280 }} />
            </Form.Item>
            <Form.Item name="percent">
              <InputNumber
                data-testid="progress-percent"
                min={0}
                max={100}
                suffix="%"
                placeholder={t('impl.percent')}
              />
            </Form.Item>
            <Button data-testid="progress-add" htmlType="submit" loading={addProgress.isPending}>
              {t('impl.addProgress')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
