/**
 * The one Content-Disposition builder (RFC 6266). Header values are Latin-1, so a name travels twice: an ASCII
 * fallback in `filename="…"` for old clients and the full UTF-8 name in `filename*=UTF-8''…` (RFC 5987/8187
 * percent-encoding), which every current browser prefers. A name that is plain ASCII is sent once.
 */
export function contentDisposition(
  disposition: 'attachment' | 'inline',
  file?: { name: string; asciiName?: string },
): string {
  if (!file) return disposition;
  const fallback = asciiFallback(file.asciiName ?? file.name);
  const plain = `${disposition}; filename="${fallback}"`;
  return fallback === file.name ? plain : `${plain}; filename*=UTF-8''${encodeRfc5987(file.name)}`;
}

/** `attachment` with a (Chinese) name `base.ext` and the ASCII fallback `ascii.ext`. */
export const attachmentName = (base: string, ascii: string, ext: string): string =>
  contentDisposition('attachment', { name: `${base}.${ext}`, asciiName: `${ascii}.${ext}` });

/** Printable ASCII without the quote and backslash (which would end or escape the quoted string); others → `_`. */
const asciiFallback = (name: string): string => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

/** RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * ! unescaped, of which only ! is allowed. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
