import { open311Module } from '@jishi/shared/modules/open311';
import type { ServerModule } from '../../server-module.ts';
import { open311Routes } from './open311.routes.ts';

export const open311ServerModule: ServerModule = { manifest: open311Module, routes: [open311Routes] };
