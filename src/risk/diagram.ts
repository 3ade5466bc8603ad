import { toMermaid } from '../core/diagram.js';
import { riskState } from './labels.js';
import { riskMachine } from './machine.js';

/**
 * The risk-register workflow as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs, with
 * states labelled in Chinese and English.
 *
 * @example
 * riskDiagram().includes('监控中 Monitored') //=> true
 */
export function riskDiagram(): string {
  const labels: Record<string, string> = {};
  for (const s of riskState.values) labels[s] = `${riskState.labels[s]['zh-CN']} ${riskState.labels[s].en}`;
  return toMermaid(riskMachine, labels);
}
