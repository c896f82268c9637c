import { describe, expect, it } from 'vitest';
import { ALERT_ACTIONS, ALERT_STATUSES, COMPLAINT_ACTIONS, COMPLAINT_STATUSES } from '@jishi/shared';
import { alertTransition, complaintTransition, exerciseTransition } from './integrity.workflow.ts';

describe('alert lifecycle', () => {
  it('runs open → acknowledged → investigating → closed', () => {
    expect(alertTransition('open', 'acknowledge')).toBe('acknowledged');
    expect(alertTransition('acknowledged', 'note')).toBe('investigating');
    expect(alertTransition('investigating', 'note')).toBe('investigating');
    expect(alertTransition('investigating', 'close')).toBe('closed');
    expect(alertTransition('acknowledged', 'close')).toBe('closed');
  });
  it('refuses everything else: closing or investigating before acknowledging, anything after closing, acknowledging twice', () => {
    const legal = new Set([
      'open:acknowledge',
      'acknowledged:note',
      'acknowledged:close',
      'investigating:note',
      'investigating:close',
    ]);
    for (const s of ALERT_STATUSES)
      for (const a of ALERT_ACTIONS) expect(alertTransition(s, a) !== null, `${s}:${a}`).toBe(legal.has(`${s}:${a}`));
  });
});

describe('complaint lifecycle', () => {
  it('runs received → accepted → investigating → concluded, or is dismissed', () => {
    expect(complaintTransition('received', 'accept')).toBe('accepted');
    expect(complaintTransition('accepted', 'note')).toBe('investigating');
    expect(complaintTransition('investigating', 'conclude')).toBe('concluded');
    expect(complaintTransition('received', 'dismiss')).toBe('dismissed');
    expect(complaintTransition('investigating', 'reply')).toBe('investigating');
  });
  it('final states take no action', () => {
    for (const a of COMPLAINT_ACTIONS) {
      expect(complaintTransition('concluded', a)).toBeNull();
      expect(complaintTransition('dismissed', a)).toBeNull();
    }
    expect(COMPLAINT_STATUSES.length).toBe(5);
    expect(complaintTransition('received', 'conclude')).toBeNull();
    expect(complaintTransition('investigating', 'dismiss')).toBeNull();
  });
});

describe('exercise lifecycle', () => {
  it('records steps and closes only while open; discloses before or after closing', () => {
    expect(exerciseTransition('open', 'record_step')).toBe('open');
    expect(exerciseTransition('open', 'close')).toBe('closed');
    expect(exerciseTransition('closed', 'record_step')).toBeNull();
    expect(exerciseTransition('closed', 'close')).toBeNull();
    expect(exerciseTransition('closed', 'disclose')).toBe('closed');
  });
});
