import { Descriptions, Drawer, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeetingFollowUp } from './meeting-follow-up.tsx';
import { MeetingOpinionForm } from './meeting-opinion-form.tsx';
import { useMeeting } from './meetings-api.ts';

const COLORS = { open: 'orange', in_progress: 'blue', done: 'green' } as const;

/** One subdistrict meeting: attendees, agenda with decisions and their follow-up, supervision opinions. */
export function MeetingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const m = meeting.data;
  return (
    <Drawer open size="large" title={m?.title} onClose={onClose} data-testid="meeting-drawer">
      {!m ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 't', label: t('meetings.type'), children: m.typeName },
              {
                key: 'd',
                label: t('meetings.heldOn'),
                children: `${m.heldOn} ${[m.startTime, m.endTime].filter(Boolean).join('–')}`,
              },
              { key: 'p', label: t('meetings.place'), children: m.place },
              { key: 'h', label: t('meetings.host'), children: m.host ?? t('common.none') },
              {
                key: 'a',
                label: t('meetings.attendees'),
                children: m.attendees.map((a) => (a.title ? `${a.name}（${a.title}）` : a.name)).join('、'),
              },
              ...(m.summary ? [{ key: 's', label: t('meetings.summary'), children: m.summary }] : []),
            ]}
          />
          {m.agenda.map((item) => (
            <div key={item.id}>
              <Typography.Title level={5}>
                {item.seq}. {item.title}
              </Typography.Title>
              {item.note && <Typography.Paragraph type="secondary">{item.note}</Typography.Paragraph>}
              <List
                size="small"
                bordered
                dataSource={item.decisions}
                renderItem={(d) => (
                  <List.Item>
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      <Space wrap>
                        <Tag color={COLORS[d.status]}>{t(`decisionStatus.${d.status}`)}</Tag>
                        <strong>{d.content}</strong>
                      </Space>
                      <Typography.Text type="secondary">
                        {t('meetings.owner')}：{d.owner}　{t('meetings.dueOn')}：{d.dueOn}
                      </Typography.Text>
                      {d.followUps.map((f) => (
                        <div key={`${f.notedOn}|${f.status}|${f.note}`}>
                          · {f.notedOn} {f.note}（{t(`decisionStatus.${f.status}`, { defaultValue: f.status })}）
                        </div>
                      ))}
                      {m.abilities.followUp && d.status !== 'done' && <MeetingFollowUp decisionId={d.id} />}
                    </Space>
                  </List.Item>
                )}
              />
            </div>
          ))}
          <div>
            <Typography.Title level={5}>{t('meetings.opinions')}</Typography.Title>
            <List
              size="small"
              dataSource={m.opinions}
              renderItem={(o) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <Space>
                      <Tag>{o.roleName}</Tag>
                      <strong>{o.author}</strong>
                    </Space>
                    {o.opinion}
                  </Space>
                </List.Item>
              )}
            />
          </div>
          {m.abilities.supervise && <MeetingOpinionForm meetingId={m.id} />}
        </Space>
      )}
    </Drawer>
  );
}
