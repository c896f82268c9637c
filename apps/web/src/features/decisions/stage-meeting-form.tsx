import { Alert, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMS, stageMeetingBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { toIsoDate } from '../../lib/format.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { AttendeesSelect, toAttendees } from './attendees-select.tsx';
import type { AttendeeValue } from './attendees-select.tsx';
import { useRecordMeeting } from './decisions-api.ts';
import type { MatterRecord, MatterView, TemplateStage } from './decisions-api.ts';
import { passText, quorumText } from './stage-rules.ts';
import { useFormError } from '../../lib/use-form-error.ts';

interface Values {
  heldOn?: Dayjs | null;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  place?: string;
  form?: string;
  due?: number | null;
  present?: number | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  attendees?: AttendeeValue[];
  minutes?: string;
  supervisionOpinion?: string;
  mergeNext?: boolean;
}

const count = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const time = (v: Dayjs | null | undefined) => (v ? v.format('HH:mm') : undefined);
const COUNTS = ['due', 'present', 'votesFor', 'votesAgainst', 'votesAbstain'] as const;

/** Records the next meeting (or the solicitation) of a matter; the server's engine decides quorum and pass. */
export function StageMeetingForm({
  matter,
  stage,
  onRecorded,
}: {
  matter: MatterView;
  stage: TemplateStage;
  onRecorded: (r: MatterRecord) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useRecordMeeting(matter.id);
  const { error, track } = useFormError(form);
  const meeting = stage.kind === 'meeting';
  const due = Form.useWatch('due', form);
  const present = Form.useWatch('present', form);
  const earliest = matter.next?.earliestOn;
  const onFinish = (v: Values) => {
    const input = compact({
      ...v,
      stageSeq: stage.seq,
      mergeNext: Boolean(v.mergeNext),
      heldOn: toIsoDate(v.heldOn),
      startTime: time(v.startTime),
      endTime: time(v.endTime),
      due: count(v.due),
      present: count(v.present),
      votesFor: count(v.votesFor),
      votesAgainst: count(v.votesAgainst),
      votesAbstain: count(v.votesAbstain),
      attendees: toAttendees(v.attendees),
    });
    submitForm(form, stageMeetingBody, input, track(mutation), (m: MatterView) => {
      const last = [...m.records].sort((a, b) => b.attemptNo - a.attemptNo)[0];
      if (last) onRecorded(last);
      form.resetFields();
    });
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      data-testid="stage-form"
      data-stage={stage.seq}
      initialValues={{ heldOn: dayjs(), form: 'in_person' }}
    >
      {earliest && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('stage.earliestHint', { date: earliest })} />
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="heldOn" label={t('stage.heldOn')} required>
            <DatePicker
              data-testid="stage-heldOn"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day') || Boolean(earliest && d.isBefore(dayjs(earliest), 'day'))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="startTime" label={t('stage.startTime')}>
            <TimePicker data-testid="stage-startTime" format="HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="endTime" label={t('stage.endTime')}>
            <TimePicker data-testid="stage-endTime" format="HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="form" label={t('stage.form')} required>
            <Select
              data-testid="stage-meeting-form"
              options={MEETING_FORMS.map((f) => ({ value: f, label: t(`meetingForm.${f}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="place" label={t('stage.place')} required>
        <Input data-testid="stage-place" maxLength={100} />
      </Form.Item>
      {meeting && (
        <>
          <Row gutter={16}>
            {COUNTS.map((k) => (
              <Col key={k} xs={12} md={4}>
                <Form.Item name={k} label={t(`stage.${k}`)} required={k !== 'votesAgainst' && k !== 'votesAbstain'}>
                  <InputNumber
                    data-testid={`stage-${k}`}
                    min={0}
                    max={100000}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Alert
            type="warning"
            style={{ marginBottom: 16 }}
            data-testid="stage-rules"
            title={[
              stage.quorum ? quorumText(t, stage.quorum, due) : '',
              stage.pass ? passText(t, stage.pass, due, present) : '',
            ]
              .filter(Boolean)
              .join('；')}
          />
        </>
      )}
      <Form.Item name="attendees" label={t('stage.attendees')}>
        <AttendeesSelect />
      </Form.Item>
      <Form.Item name="minutes" label={meeting ? t('stage.minutes') : t('stage.solicitMinutes')} required>
        <Input.TextArea data-testid="stage-minutes" rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="supervisionOpinion" label={t('stage.supervision')}>
        <Input.TextArea data-testid="stage-opinion" rows={2} maxLength={2000} />
      </Form.Item>
      {matter.next?.canMerge && (
        <Form.Item name="mergeNext" valuePropName="checked">
          <Checkbox data-testid="stage-merge">{t('stage.mergeNext')}</Checkbox>
        </Form.Item>
      )}
      {error && (
        <Alert
          data-testid="stage-error"
          data-code={error.code}
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={error.text}
        />
      )}
      <Button data-testid="stage-submit" type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('stage.record')}
      </Button>
    </Form>
  );
}
