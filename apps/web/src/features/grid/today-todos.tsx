import { useEffect, useState } from 'react';
import { Alert, Flex, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
// to-do centre: the grid worker's own items on top of the phone page
import { groupTodos } from '../todos/todo-groups.ts';
import { TodoList } from '../todos/todo-list.tsx';
import { useTodos } from '../todos/todos-api.ts';
import { timeLeft } from './cutoff-countdown.ts';
import type { MyDay } from './grid-api.ts';

/** The report-due kind is shown as the countdown (the grid cards below are where it is done). */
const REPORT_DUE = 'grid.report-due';

/** The current instant, ticking every second while shown. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** Today's report still due on some of the worker's grids: a live countdown to the cut-off (from "my day"). */
function ReportCountdown({ day, due }: { day: MyDay; due: number }) {
  const { t } = useTranslation();
  const left = timeLeft(day.date, day.cutoff, useNow());
  return (
    <Alert
      data-testid="today-countdown"
      data-left={left ?? ''}
      type={left === null ? 'error' : 'warning'}
      showIcon
      icon={<ClockCircleOutlined />}
      title={t('gridGov.today.reportDue', { count: due })}
      description={
        left === null ? (
          t('gridGov.today.pastCutoff', { cutoff: day.cutoff })
        ) : (
          <span>
            {t('gridGov.today.countdown', { cutoff: day.cutoff })}{' '}
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums', fontSize: 18 }}>
              {left}
            </Typography.Text>
          </span>
        )
      }
    />
  );
}

/**
 * The top of the phone page: the report due today with its countdown, then the worker's grid to-do (cases, visits,
 * most urgent first). Offline or without the to-do API, only the countdown shows.
 */
export function TodayTodos({ day }: { day: MyDay | undefined }) {
  const { t } = useTranslation();
  const todos = useTodos();
  const due = day?.posts.filter((p) => p.post === 'specialist' && p.report === null).length ?? 0;
  const groups = todos.data
    ? groupTodos(
        todos.data.groups.filter((g) => g.module === 'grid' && g.kind !== REPORT_DUE),
        todos.data.items,
      )
    : [];
  return (
    <Flex vertical gap={8} data-testid="today-todos">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('todo.title')}
      </Typography.Title>
      {day && due > 0 && !day.afterCutoff && <ReportCountdown day={day} due={due} />}
      {todos.data && (groups.length > 0 || due === 0) && <TodoList groups={groups} limit={3} />}
    </Flex>
  );
}
