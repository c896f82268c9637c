import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_LEVELS, CASE_STATUSES } from '@jishi/shared';
import { canRecordSession, caseTransition, legalActions, nextLevel, stageOf } from './cases.workflow.ts';

describe('dispute case lifecycle', () => {
  it('runs registered → accepted → assigned → mediating → resolved → closed after the follow-up visit', () => {
    expect(caseTransition('registered', 'accept', 'grid')).toBe('accepted');
    expect(caseTransition('accepted', 'assign', 'grid')).toBe('assigned');
    expect(caseTransition('assigned', 'mediate', 'grid')).toBe('mediating');
    expect(caseTransition('mediating', 'resolve', 'grid')).toBe('resolved');
    expect(caseTransition('resolved', 'follow_up', 'grid')).toBe('closed');
  });
  it('a failed mediation escalates; the level above accepts it again', () => {
    expect(caseTransition('mediating', 'fail', 'grid')).toBe('failed');
    expect(caseTransition('failed', 'escalate', 'grid')).toBe('escalated');
    expect(nextLevel('grid')).toBe('community');
    expect(caseTransition('escalated', 'accept', 'community')).toBe('accepted');
    expect(nextLevel('subdistrict')).toBeNull();
  });
  it('the subdistrict cannot escalate; a failed case closes (referred on) only there', () => {
    expect(caseTransition('failed', 'escalate', 'subdistrict')).toBeNull();
    expect(caseTransition('mediating', 'escalate', 'subdistrict')).toBeNull();
    expect(caseTransition('failed', 'follow_up', 'grid')).toBeNull();
    expect(caseTransition('failed', 'follow_up', 'community')).toBeNull();
    expect(caseTransition('failed', 'follow_up', 'subdistrict')).toBe('closed');
  });
  it('refuses every other (state, action, level): the full table', () => {
    const legal = new Set([
      'registered:accept',
      'registered:escalate',
      'accepted:assign',
      'accepted:escalate',
      'assigned:assign',
      'assigned:mediate',
      'assigned:escalate',
      'mediating:resolve',
      'mediating:fail',
      'mediating:escalate',
      'resolved:follow_up',
      'failed:escalate',
      'failed:follow_up',
      'escalated:accept',
    ]);
    for (const level of CASE_LEVELS) {
      for (const s of CASE_STATUSES) {
        for (const a of CASE_ACTIONS) {
          let expected = legal.has(`${s}:${a}`);
          if (a === 'escalate' && level === 'subdistrict') expected = false;
          if (s === 'failed' && a === 'follow_up' && level !== 'subdistrict') expected = false;
          expect(caseTransition(s, a, level) !== null, `${level} ${s}:${a}`).toBe(expected);
        }
      }
    }
    for (const a of CASE_ACTIONS) expect(caseTransition('closed', a, 'subdistrict')).toBeNull();
  });
  it('offers only legal actions; sessions only while mediating; stages follow the status', () => {
    expect(legalActions('mediating', 'grid', CASE_ACTIONS)).toEqual(['resolve', 'fail', 'escalate']);
    expect(legalActions('mediating', 'subdistrict', CASE_ACTIONS)).toEqual(['resolve', 'fail']);
    expect(CASE_STATUSES.filter(canRecordSession)).toEqual(['mediating']);
    expect(CASE_STATUSES.map(stageOf)).toEqual([
      'accept',
      'handle',
      'handle',
      'handle',
      'verify',
      'handle',
      'accept',
      null,
    ]);
  });
});
