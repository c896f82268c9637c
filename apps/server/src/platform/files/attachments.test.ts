import { describe, expect, it } from 'vitest';
import { acceptDocument, assertRoomFor, attach, readAttachment, type Transactional } from './attachments.ts';
import { createMemoryFileStore } from './file-store.ts';

/** A stand-in database whose transaction runs the callback (and fails when it throws). */
const db: Transactional<'trx'> = { transaction: () => ({ execute: (callback) => callback('trx') }) };
const keysOf = async (files: ReturnType<typeof createMemoryFileStore>) => {
  const keys: string[] = [];
  for await (const key of files.list()) keys.push(key);
  return keys;
};
const pdf = Buffer.from('%PDF-1.4 test');

describe('attachments', () => {
  it('store the bytes and hand the key to the write, inside the transaction', async () => {
    const files = createMemoryFileStore();
    const stored = await attach({ db, files }, acceptDocument(pdf), async (trx, file) => {
      expect(trx).toBe('trx');
      expect(await files.get(file.key)).toEqual(pdf); // durable before the row names it
      return file;
    });
    expect(stored).toMatchObject({ contentType: 'application/pdf', size: pdf.length });
    expect(stored.key).toMatch(/\.pdf$/);
    expect(await readAttachment(files, stored)).toEqual({ bytes: pdf, contentType: 'application/pdf' });
  });

  it('remove the stored bytes when the transaction fails: no orphan file', async () => {
    const files = createMemoryFileStore();
    const failure = new Error('the row could not be written');
    await expect(
      attach({ db, files }, acceptDocument(pdf), async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await keysOf(files)).toEqual([]);
  });

  it('type documents by their bytes and limit counts with one error each', async () => {
    expect(acceptDocument(Buffer.from('\0\0\0\x18ftypmp42')).contentType).toBe('video/mp4');
    expect(() => acceptDocument(Buffer.from('not a pdf'))).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(() => acceptDocument('text')).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(() => assertRoomFor(5)).not.toThrow();
    expect(() => assertRoomFor(6)).toThrow(expect.objectContaining({ code: 'ATTACHMENT_LIMIT', status: 409 }));
    await expect(readAttachment(createMemoryFileStore(), { key: '2026/01/x.pdf', contentType: 'a' })).rejects.toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    await expect(readAttachment(createMemoryFileStore(), undefined)).rejects.toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
