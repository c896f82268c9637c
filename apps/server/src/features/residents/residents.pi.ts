import { maskIdNumber, maskMobile } from '@jishi/shared';
import type { FieldCipher } from '../../platform/crypto.ts';

/** Sensitive fields as stored: cipher text, blind index for exact lookup, and the mask shown by default. */
export interface SealedPersonal {
  id_no_enc: string | null;
  id_no_bidx: string | null;
  id_no_mask: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_mask: string | null;
}

export function sealIdNumber(cipher: FieldCipher, value: string | null) {
  if (!value) return { id_no_enc: null, id_no_bidx: null, id_no_mask: null };
  return {
    id_no_enc: cipher.encrypt('id_no', value),
    id_no_bidx: cipher.blindIndex('id_no', value),
    id_no_mask: maskIdNumber(value),
  };
}

export function sealPhone(cipher: FieldCipher, value: string | null) {
  if (!value) return { phone_enc: null, phone_bidx: null, phone_mask: null };
  return {
    phone_enc: cipher.encrypt('phone', value),
    phone_bidx: cipher.blindIndex('phone', value),
    phone_mask: maskMobile(value),
  };
}

export function sealPersonal(cipher: FieldCipher, idNumber: string | null, phone: string | null): SealedPersonal {
  return { ...sealIdNumber(cipher, idNumber), ...sealPhone(cipher, phone) };
}

/** Birth date and gender read off a GB 11643 number (digits 7–14; odd 17th digit = male). */
export function fromIdNumber(idNumber: string): { birthDate: string; gender: 'male' | 'female' } {
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return { birthDate, gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female' };
}
