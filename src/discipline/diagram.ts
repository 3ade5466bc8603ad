import { toMermaid } from '../core/diagram.js';
import { caseState } from './labels.js';
import { caseMachine } from './machine.js';

/**
 * The violation case workflow as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs, with
 * states labelled in Chinese and English.
 *
 * @example
 * disciplineDiagram().includes('已告知本人 Employee notified') //=> true
 */
export function disciplineDiagram(): string {
  const labels: Record<string, string> = {};
  for (const s of caseState.values) labels[s] = `${caseState.labels[s]['zh-CN']} ${caseState.labels[s].en}`;
  return toMermaid(caseMachine, labels);
}
