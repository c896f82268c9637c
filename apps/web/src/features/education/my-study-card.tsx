import { useState } from 'react';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify.ts';
import { download, useItems, useWrite } from '../../lib/members-api.ts';
import type { MyCourse } from '../../lib/members-api.ts';
import { QuizModal } from './quiz-modal.tsx';

/** A Party member's own learning (phone-sized): read the course, log study time, finish it, take its quiz. */
export function MyStudyCard() {
  const { t } = useTranslation();
  const courses = useItems<MyCourse>('/api/my/courses');
  const progress = useWrite<{ id: string; minutes: number; completed: boolean }>(
    (b) => `/api/my/courses/${b.id}/progress`,
    'POST',
    ({ minutes, completed }) => ({ minutes, completed }),
  );
  const [reading, setReading] = useState<string | null>(null);
  const [quiz, setQuiz] = useState<MyCourse | null>(null);
  const items = courses.data?.items ?? [];
  const done = items.filter((c) => c.progress.completed).length;
  return (
    <Card
      title={t('members.study.mine')}
      extra={<Tag color="blue">{t('members.study.summary', { done, total: items.length })}</Tag>}
      data-testid="my-study"
    >
      <List
        dataSource={items}
        loading={courses.isPending}
        renderItem={(c) => (
          <List.Item data-testid={`my-course-${c.id}`} style={{ display: 'block' }}>
            <List.Item.Meta
              title={c.title}
              description={
                <Space size={4} wrap>
                  <span>
                    {t(`members.courseKind.${c.kind}`)} ·{' '}
                    {t('members.study.progress', { m: c.progress.minutes, total: c.minutes })}
                  </span>
                  {c.progress.completed && <Tag color="green">{t('members.study.done')}</Tag>}
                  {c.progress.quizScore !== null && (
                    <Tag color="blue" data-testid="best-score">
                      {t('members.quiz.best', { score: c.progress.quizScore })}
                    </Tag>
                  )}
                </Space>
              }
            />
            {reading === c.id && c.body && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{c.body}</Typography.Paragraph>
            )}
            <Space size={6} wrap style={{ marginTop: 8 }}>
              <Button size="small" onClick={() => setReading(reading === c.id ? null : c.id)}>
                {reading === c.id ? t('members.study.hide') : t('members.study.read')}
              </Button>
              {c.hasFile && (
                <Button
                  size="small"
                  onClick={() => void download(`/api/my/courses/${c.id}/material`, {}, c.title).catch(notifyError)}
                >
                  {t('members.study.open')}
                </Button>
              )}
              <Button
                size="small"
                onClick={() => progress.mutate({ id: c.id, minutes: 15, completed: false }, { onError: notifyError })}
              >
                {t('members.study.add15')}
              </Button>
              <Button
                size="small"
                disabled={c.progress.completed}
                onClick={() =>
                  progress.mutate({ id: c.id, minutes: c.minutes, completed: true }, { onError: notifyError })
                }
              >
                {t('members.study.complete')}
              </Button>
              {c.questions.length > 0 && (
                <Button size="small" type="primary" onClick={() => setQuiz(c)} data-testid={`quiz-${c.id}`}>
                  {t('members.quiz.take')}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
      {quiz && <QuizModal course={quiz} onClose={() => setQuiz(null)} />}
    </Card>
  );
}
