import { defaultPolicy, type Policy } from '../src/policy/index.js';
import type { ActorRef } from '../src/core/index.js';

export const now = new Date('2026-01-05T02:00:00.000Z');
export const ctx: { policy: Policy; now: Date } = { policy: defaultPolicy, now };

export const people = {
  drafter: { id: 'u-market-staff', department: 'market', positions: ['staff'] },
  marketHead: { id: 'u-market-head', department: 'market', positions: ['head'] },
  legalHead: { id: 'u-legal-head', department: 'legal', positions: ['head'] },
  legalCounsel: { id: 'u-legal-counsel', department: 'legal', positions: ['legal-counsel'] },
  prHead: { id: 'u-pr-head', department: 'pr', positions: ['head'] },
  marketingHead: { id: 'u-marketing-head', department: 'marketing', positions: ['head'] },
  editor: { id: 'u-editor', department: 'marketing', positions: ['content-editor'] },
  manager: { id: 'u-gm', department: 'management', positions: ['management-head'] },
  ops: { id: 'u-ops', department: 'operations-management', positions: ['staff'] },
  techHead: { id: 'u-tech-head', department: 'technology', positions: ['head'] },
  leader: { id: 'u-leader', department: 'marketing', positions: ['head'], memberOf: ['leadership-group'] },
} satisfies Record<string, ActorRef>;

export const nextPolicy = { ...defaultPolicy, version: '2026.2' };
