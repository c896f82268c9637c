import { describe, expect, it } from 'vitest';
import { SIGNUP_STATUSES } from '@jishi/shared';
import {
  missingMonths,
  nextLevelHours,
  nextSignupStatus,
  serviceMinutesValid,
  SIGNUP_TRANSITIONS,
  starLevel,
  verifiedMinutes,
  type SignupAction,
} from './volunteering.workflow.ts';

describe('volunteer sign-up workflow and hours', () => {
  it('the happy path runs in order', () => {
    expect(nextSignupStatus('signed_up', 'check_in')).toBe('checked_in');
    expect(nextSignupStatus('checked_in', 'check_out')).toBe('checked_out');
    expect(nextSignupStatus('checked_out', 'record')).toBe('recorded');
    expect(nextSignupStatus('recorded', 'record')).toBe('recorded');
    expect(nextSignupStatus('recorded', 'verify')).toBe('verified');
  });
  it('every other transition is illegal', () => {
    const legal = new Set([
      'signed_up:check_in',
      'checked_in:check_out',
      'checked_out:record',
      'recorded:record',
      'recorded:verify',
    ]);
    let illegal = 0;
    for (const status of SIGNUP_STATUSES)
      for (const action of Object.keys(SIGNUP_TRANSITIONS) as SignupAction[]) {
        if (legal.has(`${status}:${action}`)) continue;
        expect(nextSignupStatus(status, action), `${status} → ${action}`).toBeNull();
        illegal++;
      }
    expect(illegal).toBe(SIGNUP_STATUSES.length * 4 - legal.size);
  });
  it('service time cannot exceed the check-in/out span and must be positive', () => {
    expect(serviceMinutesValid(90, '2015-05-01T08:00:00.000Z', '2015-05-01T10:00:00.000Z')).toBe(true);
    expect(serviceMinutesValid(120, '2015-05-01T08:00:00.000Z', '2015-05-01T10:00:00.000Z')).toBe(true);
    expect(serviceMinutesValid(121, '2015-05-01T08:00:00.000Z', '2015-05-01T10:00:00.000Z')).toBe(false);
    expect(serviceMinutesValid(0, '2015-05-01T08:00:00.000Z', '2015-05-01T10:00:00.000Z')).toBe(false);
    expect(serviceMinutesValid(1.5, '2015-05-01T08:00:00.000Z', '2015-05-01T10:00:00.000Z')).toBe(false);
  });
  it('star levels at 100/300/600/1000/1500 hours', () => {
    expect(starLevel(0)).toBe(0);
    expect(starLevel(100 * 60 - 1)).toBe(0);
    expect(starLevel(100 * 60)).toBe(1);
    expect(starLevel(300 * 60)).toBe(2);
    expect(starLevel(600 * 60)).toBe(3);
    expect(starLevel(1000 * 60)).toBe(4);
    expect(starLevel(1500 * 60)).toBe(5);
    expect(nextLevelHours(0)).toBe(100);
    expect(nextLevelHours(350 * 60)).toBe(600);
    expect(nextLevelHours(1500 * 60)).toBeNull();
  });
  it('only verified time counts', () => {
    expect(
      verifiedMinutes([
        { status: 'verified', serviceMinutes: 60 },
        { status: 'recorded', serviceMinutes: 500 },
        { status: 'checked_out', serviceMinutes: null },
      ]),
    ).toBe(60);
  });
  it('flags ended months without an activity', () => {
    expect(missingMonths(['2015-01', '2015-03'], 2015, '2015-05-15')).toEqual(['2015-02', '2015-04']);
    expect(missingMonths([], 2015, '2015-01-31')).toEqual([]);
  });
});
