import type { AnyStateMachine } from 'xstate';

interface NodeLike {
  readonly id: string;
  readonly key: string;
  readonly type: string;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly initial?: { readonly target: readonly NodeLike[] } | undefined;
  readonly transitions: ReadonlyMap<string, ReadonlyArray<{ readonly target?: readonly NodeLike[] | undefined; readonly eventType: string }>>;
}

/**
 * A Mermaid `stateDiagram-v2` drawn from a machine's own definition, so the picture in the docs is the
 * workflow the code runs. Compound states become nested blocks; `labels` (by state key) give display
 * names, for example `审核 Review`; transitions are labelled with their event, one line per distinct
 * source, target and event.
 *
 * @example
 * toMermaid(policyRevisionMachine).split('\n')[0] //=> 'stateDiagram-v2'
 */
export function toMermaid(machine: AnyStateMachine, labels: Readonly<Record<string, string>> = {}): string {
  const root = machine.root as unknown as NodeLike;
  const name = (n: NodeLike) => n.id.replace(/^[^.]*\./, '').replace(/[^A-Za-z0-9]+/g, '_');
  const lines = ['stateDiagram-v2'];
  const edges = new Set<string>();
  const declare = (node: NodeLike, indent: string) => {
    const children = Object.values(node.states);
    const initial = node.initial?.target[0];
    if (initial) lines.push(`${indent}[*] --> ${name(initial)}`);
    for (const child of children) {
      const label = labels[child.key];
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state "${label ?? child.key}" as ${name(child)} {`);
        declare(child, `${indent}  `);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${label ?? child.key}" as ${name(child)}`);
      }
      if (child.type === 'final') lines.push(`${indent}${name(child)} --> [*]`);
    }
  };
  const collect = (node: NodeLike) => {
    for (const [event, transitions] of node.transitions) {
      if (event.startsWith('xstate.')) continue;
      for (const t of transitions) {
        const targets = t.target && t.target.length > 0 ? t.target : [node];
        for (const target of targets) edges.add(`  ${name(node)} --> ${name(target)}: ${event}`);
      }
    }
    for (const child of Object.values(node.states)) collect(child);
  };
  declare(root, '  ');
  for (const child of Object.values(root.states)) collect(child);
  return [...lines, ...edges].join('\n');
}
