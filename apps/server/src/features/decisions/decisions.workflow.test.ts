import { describe, expect, it } from 'vitest';
import { MATTER_STATUSES } from '@jishi/shared';
import { allows, followUpAllowed, MATTER_ACTIONS, noticeAction, transition } from './decisions.workflow.ts';

describe('matter lifecycle', () => {
  it('follows the table', () => {
    expect(transition('open', 'record_failed')).toBe('returned');
    expect(transition('returned', 'revise')).toBe('open');
    expect(transition('returned', 'record_passed')).toBe('open');
    expect(transition('open', 'publish_resolution')).toBe('implementing');
    expect(transition('implementing', 'track')).toBe('implementing');
    expect(transition('implementing', 'publish_result')).toBe('completed');
    expect(transition('completed', 'rate')).toBe('completed');
    expect(transition('open', 'withdraw')).toBe('withdrawn');
  });

  it('everything else is illegal (409), and nothing leaves a withdrawn matter', () => {
    expect(transition('completed', 'withdraw')).toBeNull();
    expect(transition('implementing', 'withdraw')).toBeNull();
    expect(transition('implementing', 'record_passed')).toBeNull();
    expect(transition('open', 'rate')).toBeNull();
    expect(transition('open', 'track')).toBeNull();
    expect(transition('returned', 'publish_resolution')).toBeNull();
    for (const a of MATTER_ACTIONS) expect(allows('withdrawn', a)).toBe(false);
    const legal = MATTER_STATUSES.flatMap((s) => MATTER_ACTIONS.filter((a) => allows(s, a)).map((a) => `${s}:${a}`));
    expect(legal).toEqual([
      'open:record_passed',
      'open:record_failed',
      'open:publish_resolution',
      'open:revise',
      'open:withdraw',
      'returned:record_passed',
      'returned:record_failed',
      'returned:revise',
      'returned:withdraw',
      'implementing:publish_result',
      'implementing:track',
      'completed:rate',
    ]);
  });

  it('a notice stage publishes the resolution or the result', () => {
    expect(noticeAction('resolution_notice')).toBe('publish_resolution');
    expect(noticeAction('result_notice')).toBe('publish_result');
  });

  it("a subdistrict meeting's decision is followed up until done", () => {
    expect(followUpAllowed('open', 'in_progress')).toBe(true);
    expect(followUpAllowed('in_progress', 'done')).toBe(true);
    expect(followUpAllowed('done', 'in_progress')).toBe(false);
    expect(followUpAllowed('done', 'done')).toBe(false);
  });
});
