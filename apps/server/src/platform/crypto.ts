import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, createHash } from 'node:crypto';

/**
 * Field encryption (AES-256-GCM, field name as associated data) and blind indexes (HMAC-SHA256)
 * for exact lookup. Both keys are derived from one master key that lives outside the database.
 */
export interface FieldCipher {
  encrypt(field: string, plain: string): string;
  decrypt(field: string, stored: string): string;
  blindIndex(field: string, plain: string): string;
}

const VERSION = 'v1';

export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jishi-field-enc', 32));
  const idxKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jishi-blind-index', 32));
  return {
    encrypt(field, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(field));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
    },
    decrypt(field, stored) {
      const [version, body] = stored.split(':');
      if (version !== VERSION || !body) throw new Error('unknown cipher text version');
      const raw = Buffer.from(body, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(field));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(field, plain) {
      return createHmac('sha256', idxKey).update(`${field}\u0000${plain}`).digest('hex').slice(0, 32);
    },
  };
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
