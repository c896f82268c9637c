import { describe, expect, it } from 'vitest';
import { landingPath, returnPath } from './landing.ts';

describe('landing after sign-in', () => {
  const worker = ['grid:read', 'grid:report', 'grid:case'];
  const secretary = ['dashboard:read', 'grid:read', 'grid:manage'];

  it('sends a grid worker on a phone to today’s page and everyone else home', () => {
    expect(landingPath(null, worker, 360)).toBe('/grid/today');
    expect(landingPath(null, worker, 767)).toBe('/grid/today');
    expect(landingPath(null, worker, 768)).toBe('/');
    expect(landingPath(null, worker, 1440)).toBe('/');
    expect(landingPath(null, secretary, 360)).toBe('/');
    expect(landingPath(null, [], 360)).toBe('/');
  });

  it('returns to the page the sign-in interrupted, on any screen', () => {
    expect(landingPath('/grid/cases/abc', worker, 360)).toBe('/grid/cases/abc');
    expect(landingPath('/residents', secretary, 1440)).toBe('/residents');
  });

  it('takes only a local path other than home and the login page as the page to return to', () => {
    expect(returnPath({ from: '/hall' })).toBe('/hall');
    expect(returnPath({ from: '/' })).toBeNull();
    expect(returnPath({ from: '/login' })).toBeNull();
    expect(returnPath({ from: 'https://elsewhere.example/' })).toBeNull();
    expect(returnPath({ from: '//elsewhere.example/' })).toBeNull();
    expect(returnPath({ from: 3 })).toBeNull();
    expect(returnPath(null)).toBeNull();
    expect(returnPath(undefined)).toBeNull();
  });
});
