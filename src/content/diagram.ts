import { toMermaid } from '../core/diagram.js';
import type { Policy } from '../policy/schema.js';
import { contentMachine } from './machine.js';
import { contentState } from './labels.js';

/**
 * The content workflow of a policy as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs,
 * with every state and review stage labelled in Chinese and English.
 *
 * @example
 * contentDiagram(defaultPolicy).includes('法务审核 Legal review') //=> true
 */
export function contentDiagram(policy: Policy): string {
  const labels: Record<string, string> = {};
  for (const s of contentState.values) labels[s] = `${contentState.labels[s]['zh-CN']} ${contentState.labels[s].en}`;
  for (const s of policy.content.stages) labels[s.id] = `${s.labels['zh-CN']} ${s.labels.en}`;
  // Submissions and edits name the stage they enter; XState's required `initial` for review is not a path.
  return toMermaid(contentMachine(policy), labels)
    .split('\n')
    .filter((line) => !/^\s+\[\*\] --> review_/.test(line))
    .join('\n');
}
