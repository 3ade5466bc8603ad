// Running commands in tests, the same way for every aggregate: `attempt` runs one command as a person
// (with a fresh command id unless one is given), `apply` expects it accepted, `refuse` expects it refused
// with the record untouched and handed back as given.
import { expect } from 'vitest';
import type { ActorRef, Directory, GovernanceError, StepContext, StepResult, StoredRecord } from '../../src/core/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { as, type Person } from './people.js';

export interface Opts {
  readonly policy?: Policy;
  readonly at?: Date;
  readonly directory?: Directory;
}

export function stepper<C>(step: (record: StoredRecord, command: never, ctx: StepContext<Policy>) => StepResult<C>, now: Date, prefix: string) {
  let counter = 0;
  const ctxOf = (by: Person | ActorRef, o: Opts) => as(by, o.at ?? now, o.policy ?? defaultPolicy, o.directory ? { directory: o.directory } : {});
  const attempt = (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}): StepResult<C> =>
    step(record, { id: `${prefix}-${++counter}`, ...command } as never, ctxOf(by, o));
  const apply = (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}): StoredRecord => {
    const r = attempt(record, by, command, o);
    if (!r.ok) throw new Error(`${String(command['type'])} by ${by.id}: ${r.error.code} ${r.error.message}`);
    return r.record;
  };
  const refuse = (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}): GovernanceError => {
    const before = structuredClone(record);
    const r = attempt(record, by, command, o);
    expect(record).toEqual(before);
    if (r.ok) throw new Error(`expected ${String(command['type'])} by ${by.id} to be refused`);
    expect(r.record).toBe(record);
    return r.error;
  };
  return { attempt, apply, refuse, ctxOf };
}
