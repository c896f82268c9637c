import { Button, Card, Form, Input, InputNumber } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface QuizDraft {
  question?: string;
  options?: string;
  answer?: number;
}

/** The form's quiz drafts as the API's questions: options one per line, the right one counted from 1. */
export const quizOf = (drafts: unknown) =>
  ((drafts ?? []) as QuizDraft[]).map((q) => ({
    question: q.question ?? '',
    options: String(q.options ?? '')
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
    answer: Number(q.answer ?? 1) - 1,
  }));

/** A course's short quiz (随学随测), written by staff with the course: up to 20 questions of 2–6 options. */
export function QuizFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="quiz">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={t('members.quiz.question', { n: i + 1 })}
              extra={<MinusCircleOutlined aria-label={t('members.quiz.remove')} onClick={() => remove(f.name)} />}
            >
              <Form.Item name={[f.name, 'question']} rules={[{ required: true }]}>
                <Input placeholder={t('members.quiz.questionHint')} />
              </Form.Item>
              <Form.Item name={[f.name, 'options']} rules={[{ required: true }]}>
                <Input.TextArea rows={3} placeholder={t('members.quiz.optionsHint')} />
              </Form.Item>
              <Form.Item name={[f.name, 'answer']} label={t('members.quiz.answer')} initialValue={1}>
                <InputNumber min={1} max={6} />
              </Form.Item>
            </Card>
          ))}
          {fields.length < 20 && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()}>
              {t('members.quiz.add')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
