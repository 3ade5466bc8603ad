// A Stryker ignorer: messages and labels are display prose in three languages, not rules, so mutating
// their wording only measures whether tests pin sentences. Rule ids, error codes, field paths, states
// and thresholds have no spaces or Han characters and are still mutated. Ignored mutants are counted
// as "ignored" in the report, never as killed.
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// Two words with a space between: an English sentence, not an identifier or a code.
const SENTENCE = /[A-Za-z][A-Za-z'’]*[ ][A-Za-z(]/;

function isLabelsObject(node) {
  if (node.type !== 'ObjectExpression') return false;
  const keys = new Set(
    node.properties.flatMap((p) => (p.type === 'ObjectProperty' ? [p.key.type === 'Identifier' ? p.key.name : p.key.value] : [])),
  );
  return keys.has('zh-CN') && keys.has('zh-TW') && keys.has('en');
}

function literalText(node) {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ');
  return undefined;
}

class ProseIgnorer {
  shouldIgnore(path) {
    const node = path.node;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'words') {
      return 'message prose: words(en, zh-CN, zh-TW)';
    }
    if (isLabelsObject(node)) return 'labels prose: { zh-CN, zh-TW, en }';
    const text = literalText(node);
    if (text !== undefined && (HAN.test(text) || SENTENCE.test(text))) return 'message prose: a sentence or Chinese text';
    return undefined;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, 'prose', ProseIgnorer)];
