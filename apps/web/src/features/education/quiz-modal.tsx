import { useState } from 'react';
import { Button, Modal, Radio, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { quizAnswerBody } from '@jishi/shared';
import { notifyError } from '../../lib/notify.ts';
import { useWrite } from '../../lib/members-api.ts';
import type { MyCourse, QuizResult } from '../../lib/members-api.ts';

/** A member answers a course's short quiz (随学随测) and sees the score at once; retakes keep the best score. */
export function QuizModal({ course, onClose }: { course: MyCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => course.questions.map(() => undefined));
  const [result, setResult] = useState<QuizResult | null>(null);
  const submit = useWrite<{ answers: number[] }, QuizResult>(() => `/api/my/courses/${course.id}/quiz`);
  const complete = answers.every((a) => a !== undefined);
  const send = () => {
    const body = quizAnswerBody.safeParse({ answers });
    if (body.success) submit.mutate(body.data, { onSuccess: setResult, onError: notifyError });
  };
  const retry = () => {
    setResult(null);
    setAnswers(course.questions.map(() => undefined));
  };
  return (
    <Modal
      open
      title={`${t('members.quiz.title')} · ${course.title}`}
      onCancel={onClose}
      width={520}
      destroyOnHidden
      footer={
        result
          ? [
              <Button key="again" onClick={retry}>
                {t('members.quiz.again')}
              </Button>,
              <Button key="close" type="primary" onClick={onClose}>
                {t('members.quiz.close')}
              </Button>,
            ]
          : [
              <Button
                key="submit"
                type="primary"
                disabled={!complete}
                loading={submit.isPending}
                onClick={send}
                data-testid="quiz-submit"
              >
                {t('members.quiz.submit')}
              </Button>,
            ]
      }
    >
      {result ? (
        <div data-testid="quiz-result">
          <Result
            status={result.score >= 60 ? 'success' : 'warning'}
            title={<span data-testid="quiz-score">{t('members.quiz.score', { score: result.score })}</span>}
            subTitle={t('members.quiz.correct', { correct: result.correct, total: result.total })}
          />
        </div>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {course.questions.map((q, i) => (
            <div key={q.question} data-testid={`quiz-question-${i}`}>
              <Typography.Text strong>
                {i + 1}. {q.question}
              </Typography.Text>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 6 }}
                value={answers[i]}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  setAnswers((prev) => prev.map((a, j) => (j === i ? v : a)));
                }}
                options={q.options.map((label, value) => ({ value, label }))}
              />
            </div>
          ))}
        </Space>
      )}
    </Modal>
  );
}
