// Checks the generated API docs (after `typedoc`): one module page per subpath, named as it is imported
// (`marketing-governance/content`) with its summary; every page that holds a Mermaid diagram loads the
// renderer shipped in the docs' assets; and no page outside the policy's own writes out the whole
// `Policy` type instead of linking to it (a step's page once grew past 100 KB that way).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = 'docs/api';
const problems = [];
const { subpaths } = JSON.parse(readFileSync('domains.json', 'utf8'));
// A domain's locale modules are module pages of their own (`marketing-governance/kpi/locale/en`).
const modules = subpaths.flatMap(({ name, locales = [] }) => [name, ...locales.map((code) => `${name}/locale/${code}`)]);
for (const name of modules) {
  const page = join(out, 'modules', `marketing-governance_${name.replaceAll('/', '_')}.html`);
  if (!existsSync(page)) problems.push(`no module page for marketing-governance/${name} (${page})`);
  else {
    const html = readFileSync(page, 'utf8');
    const at = html.indexOf(`<h1>Module marketing-governance/${name}</h1>`);
    if (at < 0 || !/<p>[^<]{40,}/.test(html.slice(at, at + 3000))) problems.push(`${page}: no summary under the title "marketing-governance/${name}"`);
  }
}
if (!existsSync(join(out, 'assets', 'mermaid.min.js'))) problems.push('assets/mermaid.min.js missing');

const pages = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.html')) pages.push(p);
  }
};
walk(out);
let diagrams = 0;
let largest = { size: 0, page: '' };
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  if (html.includes('<code class="mermaid"')) {
    diagrams++;
    if (!html.includes('assets/mermaid.min.js')) problems.push(`${page}: a Mermaid diagram without the renderer`);
  }
  // Pages that define the policy's type or carry a draft policy as a command payload write it out; no other page does.
  const policyPage = /policy\.(Policy|PolicyInput|PolicySchema|revisionPayloads|policyRevisionAggregate|createPolicyRevision|policyRevisionStep)\.html$/.test(page);
  if (!policyPage && html.includes('lowRiskSocialSkipsLegal') && html.includes('evaluationIntervalMonths')) problems.push(`${page}: writes out the whole Policy type instead of linking to it`);
  const size = statSync(page).size;
  if (/\/functions\//.test(page) && size > largest.size) largest = { size, page };
}
console.log(`docs: ${pages.length} pages, ${modules.length} module pages, ${diagrams} with diagrams; largest function page ${(largest.size / 1024).toFixed(0)} KB (${largest.page})`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
