import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Input, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { Page } from '../api/types';
import { useAuth } from '../auth';
import { ProblemAlert, QueryState } from './common';

interface Message {
  id: string;
  seq: number;
  authorUserId: string;
  authorRole: string;
  body: string;
  postedAt: string;
}

interface ChatPage extends Page<Message> {
  read: { lastReadMessageId: string | null; unread: number };
}

export const CHAT_ROLES = ['FI', 'NCF', 'NC', 'MIO', 'CSB', 'AB'];

/** The chat of an initiative: the last 100 messages (refreshed every 15 s), sending, and the read marker moved to the newest. */
export function InitiativeChat({ initiativeId }: { initiativeId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const key = ['chat', initiativeId];
  const q = useQuery({
    queryKey: key,
    queryFn: () =>
      call<ChatPage>(() =>
        api.GET('/api/v1/initiatives/{id}/chat/messages', { params: { path: { id: initiativeId }, query: { sort: '-postedAt', pageSize: 100 } } }),
      ),
    refetchInterval: 15_000,
  });
  const newest = q.data?.items[0];
  useEffect(() => {
    if (newest && q.data && q.data.read.lastReadMessageId !== newest.id)
      void call(() => api.POST('/api/v1/initiatives/{id}/chat/read', { params: { path: { id: initiativeId } }, body: { upToMessageId: newest.id } })).catch(
        () => undefined,
      );
  }, [newest?.id]);
  const send = useMutation({
    mutationFn: (body: string) => call(() => api.POST('/api/v1/initiatives/{id}/chat/messages', { params: { path: { id: initiativeId } }, body: { body } })),
    onSuccess: async () => {
      setText('');
      await qc.invalidateQueries({ queryKey: key });
    },
  });
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : i18n.resolvedLanguage === 'kk' ? 'kk-KZ' : 'ru-RU', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const messages = [...(q.data?.items ?? [])].reverse();
  return (
    <Card title={t('chat.title')} style={{ marginTop: 16 }} data-testid="chat">
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        {messages.length === 0 ? (
          <Empty description={t('chat.empty')} />
        ) : (
          <List
            aria-label={t('chat.title')}
            style={{ maxHeight: 360, overflow: 'auto' }}
            dataSource={messages}
            renderItem={(m) => (
              <List.Item key={m.id}>
                <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.authorUserId === session?.user.id ? t('chat.you') : t(`orgType.${m.authorRole}`, { defaultValue: m.authorRole })} ·{' '}
                    {time.format(new Date(m.postedAt))}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.body}</Typography.Paragraph>
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <form
        style={{ marginTop: 12 }}
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) send.mutate(text.trim());
        }}
      >
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea
            id="chat-message"
            aria-label={t('chat.message')}
            placeholder={t('chat.placeholder')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                if (text.trim()) send.mutate(text.trim());
              }
            }}
          />
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={send.isPending} disabled={!text.trim()}>
            {t('chat.send')}
          </Button>
        </Space.Compact>
      </form>
      {send.error ? <div style={{ marginTop: 8 }}>{<ProblemAlert error={send.error} />}</div> : null}
    </Card>
  );
}
