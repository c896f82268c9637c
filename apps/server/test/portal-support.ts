import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import { makeUser, TEST_PASSWORD } from './sessions.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { setPortalPhone } from '../src/features/portal/portal-accounts.service.ts';
import { sha256Hex } from '../src/platform/crypto.ts';
import { newId } from '../src/platform/ids.ts';

let phoneSeq = 0;
/** A fresh valid mainland mobile number per call (139 + 8 digits). */
export const freshPhone = (): string =>
  `139${String(10_000_000 + ((phoneSeq++ * 7919) % 89_999_999)).padStart(8, '0')}`;

/** A resident account in the community with a portal phone linked. */
export async function portalResident(deps: Deps, communityId: string): Promise<{ userId: string; phone: string }> {
  const user = await makeUser(deps, 'resident', communityId);
  const phone = freshPhone();
  await setPortalPhone(deps, systemActor(), user.id, phone);
  return { userId: user.id, phone };
}

/** Plants a known one-time code for a phone (as requestPortalCode stores it: hashed with the phone's blind index). */
export async function plantCode(deps: Deps, phone: string, code: string, ttlMs = 300_000): Promise<void> {
  const bidx = deps.cipher.blindIndex('phone', phone);
  const now = Date.now();
  await deps.db
    .insertInto('portal_codes')
    .values({
      id: newId(),
      phone_bidx: bidx,
      code_hash: sha256Hex(`${bidx}:${code}`),
      expires_at: new Date(now + ttlMs).toISOString(),
      used_at: null,
      failures: 0,
      created_at: new Date(now).toISOString(),
    })
    .execute();
}

type Spec = { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown };

/** Authorization-matrix probes for the indicator and portal routes. */
export function indicatorAndPortalProbes(deps: Deps, fx: Fixture) {
  const community = fx.subdistricts[0].communities[0];
  return {
    'GET /api/indicators/catalogue': (): Spec => ({ method: 'GET', url: '/api/indicators/catalogue' }),
    'GET /api/indicators/values': (): Spec => ({
      method: 'GET',
      url: '/api/indicators/values?from=2024-01-01&to=2024-12-31',
    }),
    'GET /api/indicators/children': (): Spec => ({ method: 'GET', url: '/api/indicators/children' }),
    'GET /api/indicators/:code/series': (): Spec => ({
      method: 'GET',
      url: '/api/indicators/decisions.matters/series?from=2024-01-01&to=2024-03-31',
    }),
    'GET /api/indicators/:code/ranking': (): Spec => ({
      method: 'GET',
      url: '/api/indicators/people.residents/ranking',
    }),
    'GET /api/indicators/export.xlsx': (): Spec => ({ method: 'GET', url: '/api/indicators/export.xlsx' }),
    'GET /api/indicators/annual-report': (): Spec => ({
      method: 'GET',
      url: '/api/indicators/annual-report?year=2024&format=docx',
    }),
    'POST /api/indicators/rebuild': (): Spec => ({ method: 'POST', url: '/api/indicators/rebuild', payload: {} }),
    'PUT /api/territory/units/:id/boundary': (): Spec => ({
      method: 'PUT',
      url: `/api/territory/units/${community.grids[0].id}/boundary`,
      payload: {
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [113.6, 34.7],
              [113.61, 34.7],
              [113.61, 34.71],
              [113.6, 34.7],
            ],
          ],
        },
      },
    }),
    'POST /api/portal/auth/password': async (): Promise<Spec> => {
      const r = await portalResident(deps, community.id);
      return { method: 'POST', url: '/api/portal/auth/password', payload: { phone: r.phone, password: TEST_PASSWORD } };
    },
    'POST /api/portal/auth/code': (): Spec => ({
      method: 'POST',
      url: '/api/portal/auth/code',
      payload: { phone: freshPhone() },
    }),
    'POST /api/portal/auth/code/verify': async (): Promise<Spec> => {
      const r = await portalResident(deps, community.id);
      // the anonymous check sends the same request twice (with and without a forged cookie): two codes, each single-use
      await plantCode(deps, r.phone, '246810');
      await plantCode(deps, r.phone, '246810');
      return { method: 'POST', url: '/api/portal/auth/code/verify', payload: { phone: r.phone, code: '246810' } };
    },
    'PUT /api/portal/accounts/:id/phone': async (): Promise<Spec> => {
      const user = await makeUser(deps, 'resident', community.id);
      return { method: 'PUT', url: `/api/portal/accounts/${user.id}/phone`, payload: { phone: freshPhone() } };
    },
  };
}
