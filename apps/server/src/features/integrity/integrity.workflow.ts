import type { AlertStatus, ComplaintStatus } from '@jishi/shared';

/**
 * Pure transition tables for supervision alerts and complaints. Every (state, action) pair not listed
 * is illegal and answered 409 CONFLICT.
 *
 * alert:      open ─acknowledge→ acknowledged ─note→ investigating ─note→ investigating
 *                                     └──────────close──────┴──────────→ closed (with a finding; final)
 * complaint:  received ─accept→ accepted ─note→ investigating ─conclude→ concluded (final)
 *                 └─dismiss→ dismissed (final)        reply (a public answer) in any open state
 */
export type AlertAction = 'acknowledge' | 'note' | 'close';
export type ComplaintAction = 'accept' | 'note' | 'reply' | 'conclude' | 'dismiss';

const ALERTS: Record<AlertStatus, Partial<Record<AlertAction, AlertStatus>>> = {
  open: { acknowledge: 'acknowledged' },
  acknowledged: { note: 'investigating', close: 'closed' },
  investigating: { note: 'investigating', close: 'closed' },
  closed: {},
};

const COMPLAINTS: Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>> = {
  received: { accept: 'accepted', reply: 'received', dismiss: 'dismissed' },
  accepted: { note: 'investigating', reply: 'accepted', conclude: 'concluded', dismiss: 'dismissed' },
  investigating: { note: 'investigating', reply: 'investigating', conclude: 'concluded' },
  concluded: {},
  dismissed: {},
};

export const alertTransition = (state: AlertStatus, action: AlertAction): AlertStatus | null =>
  ALERTS[state][action] ?? null;
export const complaintTransition = (state: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null =>
  COMPLAINTS[state][action] ?? null;

/** Exercises: steps and closing only while open; the disclosure may be recorded before or after closing, once. */
export type ExerciseAction = 'record_step' | 'close' | 'disclose';
const EXERCISES: Record<'open' | 'closed', Partial<Record<ExerciseAction, 'open' | 'closed'>>> = {
  open: { record_step: 'open', close: 'closed', disclose: 'open' },
  closed: { disclose: 'closed' },
};
export const exerciseTransition = (state: 'open' | 'closed', action: ExerciseAction): 'open' | 'closed' | null =>
  EXERCISES[state][action] ?? null;
