import { describe, expect, it } from 'vitest';
import { canHoldChild, childPath, inForce, isMergeable } from './territory.rules.ts';
import { canHoldChildOrg, needsCategory } from '../party-orgs/party-orgs.rules.ts';
import { parentPathOf } from './territory.view.ts';

describe('territory tree rules', () => {
  it('subdistrict → community/village → grid → micro-grid, nothing else', () => {
    expect(canHoldChild('subdistrict', 'community')).toBe(true);
    expect(canHoldChild('subdistrict', 'village')).toBe(true);
    expect(canHoldChild('subdistrict', 'grid')).toBe(false);
    expect(canHoldChild('village', 'grid')).toBe(true);
    expect(canHoldChild('grid', 'micro_grid')).toBe(true);
    expect(canHoldChild('micro_grid', 'micro_grid')).toBe(false);
  });
  it('only communities and villages merge', () => {
    expect(isMergeable('community')).toBe(true);
    expect(isMergeable('grid')).toBe(false);
  });
  it('a record is in force from valid_from up to but excluding valid_to', () => {
    expect(inForce('2015-01-01', '2015-03-01', '2015-02-28')).toBe(true);
    expect(inForce('2015-01-01', '2015-03-01', '2015-03-01')).toBe(false);
    expect(inForce('2015-01-01', null, '2030-01-01')).toBe(true);
    expect(inForce('2015-01-01', null, '2014-12-31')).toBe(false);
  });
  it('paths', () => {
    expect(childPath('/a/', 'b')).toBe('/a/b/');
    expect(parentPathOf('/a/b/c/')).toBe('/a/b/');
    expect(parentPathOf('/a/')).toBeNull();
  });
});

describe('Party organisation rules', () => {
  it('working committee → committee/general branch/branch → group', () => {
    expect(canHoldChildOrg('working_committee', 'party_committee')).toBe(true);
    expect(canHoldChildOrg('party_committee', 'general_branch')).toBe(true);
    expect(canHoldChildOrg('general_branch', 'party_committee')).toBe(false);
    expect(canHoldChildOrg('branch', 'group')).toBe(true);
    expect(canHoldChildOrg('group', 'group')).toBe(false);
  });
  it('only branches carry a category', () => {
    expect(needsCategory('branch')).toBe(true);
    expect(needsCategory('group')).toBe(false);
  });
});
