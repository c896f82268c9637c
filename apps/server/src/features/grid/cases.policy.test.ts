import { describe, expect, it } from 'vitest';
import { aboveGrid, assignRefusal, handlesAt } from './cases.policy.ts';

describe('who handles a case at its level', () => {
  const grid = '/s/c/g/';
  it('the grid handles grid-level cases; the community and subdistrict handle everything beneath them', () => {
    expect(handlesAt(['/s/c/g/'], grid, 'grid')).toBe(true);
    expect(handlesAt(['/s/c/g/'], grid, 'community')).toBe(false);
    expect(handlesAt(['/s/c/'], grid, 'community')).toBe(true);
    expect(handlesAt(['/s/c/'], grid, 'subdistrict')).toBe(false);
    expect(handlesAt(['/s/'], grid, 'subdistrict')).toBe(true);
  });
  it('nobody handles a case outside their scope', () => {
    expect(handlesAt(['/s/c2/'], grid, 'grid')).toBe(false);
    expect(handlesAt(['/s/c/g2/'], grid, 'grid')).toBe(false);
  });
  it("staff above the grid reach it from above; the grid's own workers do not", () => {
    expect(aboveGrid(['/s/c/'], grid)).toBe(true);
    expect(aboveGrid(['/s/'], grid)).toBe(true);
    expect(aboveGrid(['/s/c/g/'], grid)).toBe(false);
    expect(aboveGrid(['/s/c2/'], grid)).toBe(false);
  });
});

describe('whom a case may be assigned to', () => {
  const member = { id: 'm', holdsPost: true, coversGrid: true };
  const outsider = { id: 'o', holdsPost: false, coversGrid: false };
  const communityStaff = { id: 'cs', holdsPost: false, coversGrid: true };
  it('never to anyone outside the grid, whoever assigns', () => {
    for (const who of [
      { aboveGrid: true, leadsGrid: false },
      { aboveGrid: false, leadsGrid: true },
      { aboveGrid: false, leadsGrid: false },
    ]) {
      expect(assignRefusal({ actorId: 'a', ...who }, outsider)).toBe('outside_grid');
    }
  });
  it('the grid leader assigns anyone holding a post in the grid; community staff go through escalation', () => {
    const leader = { actorId: 'l', aboveGrid: false, leadsGrid: true };
    expect(assignRefusal(leader, member)).toBeNull();
    expect(assignRefusal(leader, { id: 'l', holdsPost: true, coversGrid: true })).toBeNull();
    expect(assignRefusal(leader, communityStaff)).toBe('outside_grid');
  });
  it('another grid worker assigns only themselves', () => {
    const worker = { actorId: 'w', aboveGrid: false, leadsGrid: false };
    expect(assignRefusal(worker, { id: 'w', holdsPost: false, coversGrid: true })).toBeNull();
    expect(assignRefusal(worker, member)).toBe('leader_only');
  });
  it('staff above the grid assign post holders and staff responsible for the grid', () => {
    const secretary = { actorId: 's', aboveGrid: true, leadsGrid: false };
    expect(assignRefusal(secretary, member)).toBeNull();
    expect(assignRefusal(secretary, communityStaff)).toBeNull();
  });
});
