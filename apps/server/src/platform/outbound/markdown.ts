import type { GroupMessage } from './channel.ts';

/** WeCom documents markdown.content as at most 4096 bytes of UTF-8; DingTalk's text is held to the same bound. */
export const ROBOT_CONTENT_MAX_BYTES = 4096;

const ELLIPSIS = '…';
/** The label of the link line (the console is used in Chinese; the label reads "view details"). */
const LINK_LABEL = '查看详情';

/**
 * Cuts `text` to at most `maxBytes` bytes of UTF-8, ending with an ellipsis when anything was cut. The cut falls on a
 * character boundary: never inside a multi-byte sequence (a Chinese character is 3 bytes, an emoji 4).
 */
export function cutUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const room = maxBytes - Buffer.byteLength(ELLIPSIS, 'utf8');
  if (room <= 0) return '';
  let end = room;
  // A byte 10xxxxxx continues a sequence: step back to the byte that starts it, which is then left out whole.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8') + ELLIPSIS;
}

/** Only web links are rendered; anything else (javascript:, relative paths) is left out of a group message. */
function safeLink(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Markdown line breaks differ: WeCom breaks on a newline, DingTalk needs a blank line between paragraphs. */
export type MarkdownFlavour = 'wecom' | 'dingtalk';

/**
 * The message as the platform's markdown, at most `maxBytes` bytes: a heading, one paragraph per line, then the link.
 * When it is too long the lines are cut (with an ellipsis) and the link is kept whole at the end.
 */
export function renderMarkdown(
  message: GroupMessage,
  flavour: MarkdownFlavour,
  maxBytes = ROBOT_CONTENT_MAX_BYTES,
): string {
  const breakBetween = flavour === 'wecom' ? '\n' : '\n\n';
  const link = safeLink(message.link);
  const tail = link ? `${breakBetween}[${LINK_LABEL}](${link})` : '';
  const body = [`### ${oneLine(message.title)}`, ...message.lines.map(oneLine)].join(breakBetween);
  const tailBytes = Buffer.byteLength(tail, 'utf8');
  // A link longer than the whole budget is dropped rather than sent broken.
  if (tailBytes >= maxBytes) return cutUtf8(body, maxBytes);
  return cutUtf8(body, maxBytes - tailBytes) + tail;
}

const LOOKALIKE: Record<string, string> = { '[': '［', ']': '］', '<': '＜', '>': '＞' };

/**
 * A title or line as plain text inside the markdown: line breaks (which would start a new block) become spaces, and
 * brackets become their full-width look-alikes, so text typed by someone (a case title) can neither form a link nor
 * a tag (WeCom renders `<font>`). The only link in a message is the one the adapter writes.
 */
export function oneLine(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[[\]<>]/g, (c) => LOOKALIKE[c])
    .trim();
}
