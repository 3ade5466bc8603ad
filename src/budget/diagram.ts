import { toMermaid } from '../core/diagram.js';
import { budgetMachine } from './machine.js';
import { budgetState } from './labels.js';

/**
 * The budget workflow as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs, with states
 * labelled in Chinese and English.
 *
 * @example
 * budgetDiagram().includes('财务审核 Finance review') //=> true
 */
export function budgetDiagram(): string {
  const labels: Record<string, string> = {};
  for (const s of budgetState.values) labels[s] = `${budgetState.labels[s]['zh-CN']} ${budgetState.labels[s].en}`;
  return toMermaid(budgetMachine, labels);
}
