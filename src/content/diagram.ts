import { toMermaid } from '../core/diagram.js';
import { contentState } from './labels.js';
import { contentMachine } from './machine.js';

/**
 * The content workflow as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs, every state
 * labelled in Chinese and English. The stages of review are the item's chain (data), listed by the
 * policy's `content.chains`, not states.
 *
 * @example
 * contentDiagram().includes('内容审核 Review') //=> true
 */
export function contentDiagram(): string {
  const labels: Record<string, string> = {};
  for (const s of contentState.values) labels[s] = `${contentState.labels[s]['zh-CN']} ${contentState.labels[s].en}`;
  return toMermaid(contentMachine, labels);
}
