import { randomUUID } from 'node:crypto';
import type { Role } from '../../auth/auth-context';

/**
 * Reviews and reception days cover every unit's cases, so a unit reporter (who sees its own unit's cases only)
 * does not read them; the auditor reads, the petition office and the admin keep them.
 */
export const ROUTINE_READERS: Role[] = ['petition_officer', 'township_admin', 'auditor'];
export const ROUTINE_WRITERS: Role[] = ['petition_officer', 'township_admin'];

/** An id that starts with the record's date (the store lists a year by that prefix). */
export const newRoutineId = (date: string) => `${date}-${randomUUID().slice(0, 8)}`;
