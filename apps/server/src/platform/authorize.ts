import type { Permission } from '@jishi/shared';
import type { Actor } from './actor.ts';
import { scopeCovers } from './org-scope.ts';
import { AppError } from './errors.ts';

/** Authorize first, fail closed: a missing permission is a 403. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN');
}

/** Objects outside the actor's scope do not exist for them: 404, never 403 (no existence leak). */
export function assertInScope(actor: Actor, path: string | undefined | null): void {
  if (!path) throw new AppError('NOT_FOUND');
  if (!scopeCovers(actor.scope, path)) throw new AppError('NOT_FOUND', { outOfScope: true });
}

/** A row found by id, if it lies in the caller's scope (by the path `pathOf` reads); 404 otherwise. */
export function inScope<T>(actor: Actor, row: T | undefined, pathOf: (row: T) => string): T {
  assertInScope(actor, row === undefined ? undefined : pathOf(row));
  return row as T;
}

export const can = (actor: Actor, permission: Permission): boolean => actor.permissions.has(permission);
