// Checks the generated API docs (after `typedoc`): one module page per subpath, named as it is imported
// (`marketing-governance/content`) with its summary; every page that holds a Mermaid diagram loads the
// renderer shipped in the docs' assets; no page writes out the whole `Policy` type instead of linking to
// it; and no page is larger than MAX_PAGE_KB.
//
// Large types are referenced by name (`PolicyInput`, `ContentAggregate`, `PolicyShape`), not inlined:
// inlined, the revision step's page was 357 KB, the content aggregate's 1.2 MB. The largest page left is a
// module index (about 120 KB, growing with its exports); 150 KB leaves room for that growth and still
// catches any page that starts to write out a policy section or an aggregate again (those were 160 KB
// and up).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = 'docs/api';
const MAX_PAGE_KB = 150;
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
  if (html.includes('lowRiskSocialSkipsLegal') && html.includes('evaluationIntervalMonths')) problems.push(`${page}: writes out the whole Policy type instead of linking to it`);
  const size = statSync(page).size;
  if (size > MAX_PAGE_KB * 1024) problems.push(`${page}: ${(size / 1024).toFixed(0)} KB, above ${MAX_PAGE_KB} KB (a large type written out instead of referenced by name?)`);
  if (size > largest.size) largest = { size, page };
}
console.log(`docs: ${pages.length} pages, ${modules.length} module pages, ${diagrams} with diagrams; largest page ${(largest.size / 1024).toFixed(0)} KB (${largest.page}), at most ${MAX_PAGE_KB} KB`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
