// One set of people for every test: the host's directory (who holds which position) is built from it,
// and `as(person)` gives the context a host passes to a step when that person is signed in.
import { createDirectory, type ActorRef, type StepContext } from '../../src/core/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';

export const people = {
  // content creators and reviewers
  author: { id: 'u-author', department: 'marketing', positions: ['staff'] },
  editor: { id: 'u-editor', department: 'marketing', positions: ['content-editor'] },
  editor2: { id: 'u-editor-2', department: 'marketing', positions: ['content-editor'] },
  marketingHead: { id: 'u-mkt-head', department: 'marketing', positions: ['head'] },
  marketingDeputy: { id: 'u-mkt-deputy', department: 'marketing', positions: ['deputy-head'] },
  marketingStaff: { id: 'u-mkt-staff', department: 'marketing', positions: ['staff'] },
  prHead: { id: 'u-pr-head', department: 'pr', positions: ['head'] },
  legal: { id: 'u-legal', department: 'legal', positions: ['legal-counsel'] },
  legal2: { id: 'u-legal-2', department: 'legal', positions: ['legal-counsel'] },
  legalHead: { id: 'u-legal-head', department: 'legal', positions: ['head'] },
  leader: { id: 'u-leader', department: 'product', positions: ['head'], memberOf: ['leadership-group'] },
  supervisor: { id: 'u-sup', department: 'network-operations', positions: ['supervisor'] },
  inspector: { id: 'u-qc', department: 'network-operations', positions: ['quality-inspector'] },
  operator: { id: 'u-op', department: 'network-operations', positions: ['network-operator'] },
  analyst: { id: 'u-data', department: 'data-analysis', positions: ['staff'] },
  // policy revisions
  drafter: { id: 'u-market-staff', department: 'market', positions: ['staff'] },
  marketHead: { id: 'u-market-head', department: 'market', positions: ['head'] },
  manager: { id: 'u-gm', department: 'management', positions: ['management-head'] },
  ops: { id: 'u-ops', department: 'operations-management', positions: ['staff'] },
  techHead: { id: 'u-tech-head', department: 'technology', positions: ['head'] },
  // budgets
  financeHead: { id: 'u-fin-head', department: 'finance', positions: ['head'] },
  financeStaff: { id: 'u-fin-staff', department: 'finance', positions: ['staff'] },
  // discipline
  hrHead: { id: 'u-hr-head', department: 'hr', positions: ['head'] },
  hrStaff: { id: 'u-hr-staff', department: 'hr', positions: ['staff'] },
  auditor: { id: 'u-audit', department: 'internal-audit', positions: ['staff'] },
  // people whose directory entry does not fit the organisation
  legalSupervisor: { id: 'u-legal-sup', department: 'legal', positions: ['supervisor'] },
} satisfies Record<string, ActorRef>;

export type Person = (typeof people)[keyof typeof people];

export const directory = createDirectory(Object.values(people));

/** The context a host passes when `person` is signed in at `now`. */
export function as(person: Person | ActorRef, now: Date, policy: Policy = defaultPolicy, extra: Partial<StepContext<Policy>> = {}): StepContext<Policy> {
  return { policy, actor: person.id, directory, now, ...extra };
}
