import type { GroupMessage } from '../../platform/outbound/channel.ts';

/** The most lines a digest carries (the platforms cap a markdown message at a few thousand bytes). */
export const DIGEST_MAX_LINES = 30;

/**
 * Several group messages of one kind waiting for one robot, merged into one post: the first title with the count,
 * each message's title and lines beneath it (cut at DIGEST_MAX_LINES, with how many more there were), and the link
 * they share (the first one when they differ).
 */
export function digestOf(messages: readonly GroupMessage[]): GroupMessage {
  if (messages.length === 1) return messages[0];
  const lines: string[] = [];
  for (const m of messages) lines.push(`· ${m.title}`, ...m.lines.map((l) => `  ${l}`));
  const kept = lines.slice(0, DIGEST_MAX_LINES);
  if (lines.length > kept.length) kept.push(`……另有 ${lines.length - kept.length} 行`);
  return {
    title: `${messages[0].title}等 ${messages.length} 条提醒`,
    lines: kept,
    link: messages.find((m) => m.link !== null)?.link ?? null,
  };
}
