/** A resident's phone number for portal sign-in: sealed, blind-indexed for lookup, masked for display. */
export interface PortalPhoneTable {
  user_id: string;
  phone_enc: string;
  phone_bidx: string;
  phone_mask: string;
  created_at: string;
}

/** A one-time sign-in code: only its hash is stored; short-lived, single-use, a few wrong tries burn it. */
export interface PortalCodeTable {
  id: string;
  phone_bidx: string;
  code_hash: string;
  expires_at: string;
  used_at: string | null;
  failures: number;
  created_at: string;
}
