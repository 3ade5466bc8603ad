// Regenerates the parts of the guides that are drawn from code (diagrams, tables), the rule catalogue's
// page (docs/rules.md, with every rule ID in the guides linked to it) and the JSON Schemas
// (docs/schemas/). `npm run docs:generate` writes them; the documentation and contract tests fail when a
// committed file is out of date.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { budgetDiagram } from '../src/budget/index.js';
import { complianceCategory, complianceDetector, defaultRuleSet, findingSeverity } from '../src/compliance/index.js';
import { contentDiagram } from '../src/content/index.js';
import { disciplineDiagram, sanctionKind, violationSeverity, vetoSubject } from '../src/discipline/index.js';
import { appraisalCyclesOf, builtInMetrics, formulaText, metricLabel, proxyLabel } from '../src/kpi/index.js';
import { en } from '../src/kpi/locale/en.js';
import { zhCN } from '../src/kpi/locale/zh-CN.js';
import { defaultPolicy } from '../src/policy/index.js';
import { ruleCatalogue, ruleIds, ruleSections, seedDocuments, type RuleSection } from '../src/core/index.js';
import { schemaFiles } from './schemas.js';
import { riskDiagram, riskMatrixPresets, treatmentStrategy, type RiskMatrix } from '../src/risk/index.js';

function metricTable(): string {
  const rows = builtInMetrics.map((m) =>
    [
      `\`${m.id}\``,
      `${metricLabel(m, zhCN)} / ${metricLabel(m, en)}`,
      `\`${formulaText(m)}\``,
      en.metricUnit[m.unit],
      en.metricDirection[m.direction],
      en.metricAggregation[m.aggregation],
      en.zeroRule[m.zero],
      m.source ?? '',
      [m.rating ? `Rated ${m.rating.min}–${m.rating.max} by a rater` : '', m.proxy ? `Proxy for ${proxyLabel(m, en)} (${proxyLabel(m, zhCN)})` : ''].filter(Boolean).join('; '),
    ].join(' | '),
  );
  return [
    '| id | name | formula | unit | direction | over periods | zero denominator | definition | proxy / note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

function scorecardTables(): string {
  const kpi = defaultPolicy.kpi;
  return kpi.scorecards
    .map((card) => {
      const sets = card.weightSets ?? [];
      const setHead = sets.map((w) => [w.goal === undefined ? '' : `goal \`${w.goal}\``, w.campaignType === undefined ? '' : `campaign type \`${w.campaignType}\``].filter(Boolean).join(', '));
      const rows = card.indicators.map((i) => {
        const bySet = sets.map((w) => `${(w.weights.find((x) => x.metric === i.metric)?.weightBp ?? 0) / 100}%`);
        return `| \`${i.metric}\` | ${i.weightBp / 100}% | ${bySet.map((x) => `${x} | `).join('')}${i.target} | ${en.attainmentMethod[i.method]} | ${i.floor}–${i.cap} |`;
      });
      const cycles = appraisalCyclesOf(card, kpi).map((c) => en.appraisalCycle[c]).join(', ');
      const title = `**${card.labels['zh-CN']} / ${card.labels.en}** (\`${card.id}\`: ${en.scorecardSubject[card.subject ?? 'department']}, \`${card.department}\`; ${cycles})`;
      const head = `| metric | weight | ${setHead.map((h) => `${h} | `).join('')}target | attainment | floor–cap |`;
      const rule = `| --- | --- | ${setHead.map(() => '--- | ').join('')}--- | --- | --- |`;
      return [title, '', head, rule, ...rows].join('\n');
    })
    .join('\n\n');
}

function bandTable(): string {
  const rows = defaultPolicy.kpi.bands.map((b) => `| ${b.rating} | ${b.labels['zh-CN']} / ${b.labels.en} | ≥ ${b.min} | ×${b.bonusCoefficientBp / 10000} | ${b.promotionEligible ? 'yes' : 'no'} |`);
  return ['| rating | name | score | bonus coefficient | promotion eligible |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|');
// A value is the seeds' when its source cites a seed clause; otherwise it is ours.
const sourceCell = (source: string | undefined) => (source === undefined || source.startsWith('default') ? `default (ours)${source && source !== 'default' ? `; ${source.slice('default'.length).replace(/^[ ;]+/, '')}` : ''}` : `seed: ${source}`);

function orgTables(): Record<string, string> {
  const { org } = defaultPolicy;
  const name = (id: string) => {
    const d = org.departments.find((x) => x.id === id);
    return d ? `${d.labels['zh-CN']} \`${id}\`` : `\`${id}\``;
  };
  const departments = org.departments.map((d) => `| \`${d.id}\` | ${d.labels['zh-CN']} / ${d.labels.en} | ${cell((d.duties ?? []).map((x) => `${x['zh-CN']}（${x.en}）`).join('；'))} |`);
  const positions = org.positions.map((p) => `| \`${p.id}\` | ${p.labels['zh-CN']} / ${p.labels.en} | ${p.departments ? p.departments.map(name).join('、') : 'any department'} |`);
  const rights = org.rights.map((r) => {
    const who = r.grants.map((g) => [g.department ? name(g.department) : 'any department', g.positions ? `(${g.positions.join(', ')})` : '(any member)'].join(' ')).join('; ');
    return `| \`${r.action}\` | ${r.labels['zh-CN']} / ${r.labels.en} | ${cell(who)} | ${r.scope} | ${r.rule} | ${cell(sourceCell(r.source))} |`;
  });
  return {
    'org-departments': ['| id | name | duties |', '| --- | --- | --- |', ...departments].join('\n'),
    'org-positions': ['| id | name | exists in |', '| --- | --- | --- |', ...positions].join('\n'),
    'org-rights': ['| action | right | granted to | scope | rule | source |', '| --- | --- | --- | --- | --- | --- |', ...rights].join('\n'),
  };
}

function complianceRuleTable(): string {
  const rows = defaultRuleSet.rules.map((r) => {
    const examples = r.terms ? `${r.terms.slice(0, 8).join('、')}${r.terms.length > 8 ? `… (${r.terms.length} terms)` : ''}` : `detector: ${complianceDetector.label(r.detector!)}`;
    return `| \`${r.id}\` | ${r.labels['zh-CN']} / ${r.labels.en} | ${complianceCategory.label(r.category)} | ${findingSeverity.label(r.severity)} | ${cell(`${r.basis.law['zh-CN']} ${r.basis.article}`)} | ${cell(examples)} | ${cell(r.basis.seed ?? '')} |`;
  });
  const allow = defaultRuleSet.allow.map((a) => `| ${a.phrase} | ${(a.rules ?? ['every rule']).map((x) => `\`${x}\``).join(', ')} | ${cell(a.note ?? '')} |`);
  return [
    '| rule | name | category | severity | legal basis | examples | seed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '**Allow-list** (a match inside one of these phrases is not a finding):',
    '',
    '| phrase | excuses | why |',
    '| --- | --- | --- |',
    ...allow,
  ].join('\n');
}

// A matrix as its source prints it: likelihood rows from the highest down, impact columns from the lowest up.
function matrixTable(m: RiskMatrix): string {
  const name = (l: { labels: { 'zh-CN': string; en: string }; value?: number | undefined }) => `${l.labels['zh-CN']} ${l.labels.en}${l.value === undefined ? '' : ` (${l.value})`}`;
  const grade = (id: string) => m.grades.find((g) => g.id === id)!;
  const head = `| likelihood ↓ · impact → | ${m.impact.map(name).join(' | ')} |`;
  const rule = `| --- | ${m.impact.map(() => '---').join(' | ')} |`;
  const rows = [...m.likelihood].reverse().map((l) => {
    const cells = m.impact.map((i) => {
      const g = grade(m.cells.find((c) => c.likelihood === l.id && c.impact === i.id)!.grade);
      return `${g.labels['zh-CN']} ${g.labels.en}`;
    });
    return `| **${name(l)}** | ${cells.join(' | ')} |`;
  });
  const levels = m.grades.map((g) => `${g.labels.en} → ${g.level}`).join(', ');
  const thresholds = (scale: string, xs: ReadonlyArray<{ id: string; from: number | undefined }>, unit: (x: number) => string) =>
    xs.every((x) => x.from !== undefined) ? `${scale} from: ${xs.map((x) => `${x.id} ${unit(x.from!)}`).join(', ')}` : `${scale}: no quantitative thresholds`;
  const q = [
    thresholds('probability', m.likelihood.map((l) => ({ id: l.id, from: l.fromProbability })), (x) => `${Math.round(x * 1000) / 10}%`),
    thresholds('money impact', m.impact.map((l) => ({ id: l.id, from: l.fromFen })), (x) => `${x} 分`),
  ].join('; ');
  const title = `**${m.labels['zh-CN']} / ${m.labels.en}** (\`${m.id}\`; source: ${m.source === 'default' ? '*default* (ours)' : m.source})`;
  return [title, '', head, rule, ...rows, '', `Three-level grade: ${levels}. Quantitative: ${q}.`].join('\n');
}

function riskResponseTable(): string {
  const { risk, org } = defaultPolicy;
  const holders = (action: string) => {
    const r = org.rights.find((x) => x.action === action);
    if (!r) return `\`${action}\``;
    const who = r.grants.map((g) => (g.department === undefined ? (g.positions ?? []).join('/') : [g.department, g.positions ? `(${g.positions.join('/')})` : ''].join(' ').trim())).join('; ');
    return `\`${action}\`: ${who}${r.scope === 'own-department' ? ' of the owner department' : ''}`;
  };
  const rows = risk.responses.map(
    (r) => `| ${r.level} | ${r.strategies.map((s) => treatmentStrategy.label(s)).join(', ')} | ${cell(r.acceptRights.map(holders).join(' — or — '))} | ${r.acceptanceDays} days | ${r.reviewDays} days | ${r.informLeadership ? 'yes' : 'no'} | *default* (S3 §8.3 is cut off after 「针对不同等级」) |`,
  );
  return ['| grade | strategies | accepted by (any one) | acceptance lasts | review every | leadership informed | source |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function disciplineTables(): Record<string, string> {
  const d = defaultPolicy.discipline;
  const rung = (id: string) => d.ladder.find((r) => r.id === id)?.labels['zh-CN'] ?? id;
  const ladder = d.ladder.map(
    (r, i) =>
      `| ${i + 1} | \`${r.id}\` | ${r.labels['zh-CN']} / ${r.labels.en} | ${sanctionKind.label(r.kind)} | ${r.validityMonths === undefined ? 'for good' : `${r.validityMonths} months`} | ${r.notifyUnion ? 'yes' : 'no'} | ${r.changesContract ? 'yes' : 'no'} | ${r.decidedBy.map((x) => `\`${x}\``).join(' or ')} | ${cell(r.source)} |`,
  );
  const types = d.violationTypes.map((t) => `| \`${t.id}\` | ${t.labels['zh-CN']} / ${t.labels.en} | ${violationSeverity.label(t.severity)} | ${rung(t.defaultRung)} \`${t.defaultRung}\` | ${t.related.map((x) => `\`${x}\``).join(', ') || '—'} | ${cell(t.source)} |`);
  const windows = [
    `| severity floors | ${(['minor', 'serious', 'gross'] as const).map((s) => `${violationSeverity.label(s)} → ${rung(d.severityFloors[s])}`).join('; ')} |`,
    `| repeat window | ${d.repeatWindowMonths} months |`,
    `| conversions | ${d.conversions.map((c) => `${c.count} live ${rung(c.from)} count as ${rung(c.to)}`).join('; ') || 'none'} |`,
    `| statement window | ${d.statementWindowDays} days from the notice |`,
    `| appeal window | ${d.appealWindowDays} days from the decision |`,
    `| KPI vetoes | ${d.kpiVetoes.map((v) => `\`${v.veto}\` ← ${[...(v.rungs ?? []).map(rung), ...(v.types ?? []).map((t) => `type \`${t}\``)].join(', ')} (${v.subjects.map((x) => vetoSubject.label(x)).join(', ')})`).join('; ')} |`,
  ];
  const c = d.legalCaps;
  const caps = [
    `| wage deduction (DSC-4) | at most ${c.wageDeduction.maxShareBp / 100}% of the month's wage${c.wageDeduction.keepMinimumWage ? ', never below the local minimum wage' : ''} | ${cell(c.wageDeduction.basis['zh-CN'])} |`,
    `| fines (DSC-3) | \`${c.fines.rule}\` | ${cell(c.fines.basis['zh-CN'])} |`,
    `| union notice (DSC-3) | ${c.unionNotice.required ? 'required before a rung marked "union"' : 'not required'} | ${cell(c.unionNotice.basis['zh-CN'])} |`,
    `| KPI rating alone (DSC-3) | ${c.kpiAloneNoDismissal.enabled ? 'never a dismissal' : 'no cap'} | ${cell(c.kpiAloneNoDismissal.basis['zh-CN'])} |`,
    `| contract change (DSC-3) | rungs marked "contract" are flagged | ${cell(c.contractChange.basis['zh-CN'])} |`,
  ];
  return {
    'discipline-diagram': '```mermaid\n' + disciplineDiagram() + '\n```',
    'discipline-ladder': ['| # | rung | name | kind | counts for | union | contract | decided by | source |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...ladder].join('\n'),
    'discipline-types': ['| type | name | severity | starts at | related | source |', '| --- | --- | --- | --- | --- | --- |', ...types].join('\n'),
    'discipline-windows': ['| setting | default (ours) |', '| --- | --- |', ...windows].join('\n'),
    'discipline-caps': ['| cap | default | basis (Chinese labour law, outside the seeds) |', '| --- | --- | --- |', ...caps].join('\n'),
  };
}

export const generated: Record<string, Record<string, string>> = {
  'docs/discipline.md': disciplineTables(),
  'docs/organisation.md': orgTables(),
  'docs/content-workflow.md': { 'content-diagram': '```mermaid\n' + contentDiagram() + '\n```' },
  'docs/budget.md': { 'budget-diagram': '```mermaid\n' + budgetDiagram() + '\n```' },
  'docs/compliance.md': { 'compliance-rules': complianceRuleTable() },
  'docs/risk.md': { 'risk-diagram': '```mermaid\n' + riskDiagram() + '\n```', 'risk-matrices': riskMatrixPresets.map(matrixTable).join('\n\n'), 'risk-responses': riskResponseTable() },
  'docs/kpi.md': { 'metric-catalogue': metricTable(), 'default-scorecards': scorecardTables(), 'rating-bands': bandTable() },
};

export function render(text: string, blocks: Record<string, string>): string {
  let out = text;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`marker generated:${name} not found`);
    out = out.replace(re, `$1${body.replaceAll('$', '$$$$')}$2`);
  }
  return out;
}

// The page of the rule catalogue: one heading per rule (its ID, so the anchor is `#cw-4`), the titles in
// three languages, whether the seeds state it, and the clauses it cites.
export function rulesMarkdown(): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs:generate` from src/core/rule-catalogue.ts; do not edit. -->',
    '',
    'Every rule of the policy digest, by ID, as `ruleCatalogue` (from `marketing-governance/core`) holds it. Tests name the',
    'rule they check; refusals and audit entries cite it. A rule marked *ours* is a default or a check beyond the seeds’',
    'words, and its citations name the clauses it serves.',
    '',
    'Seeds: ' + Object.entries(seedDocuments).map(([id, d]) => `${id} 《${d.title}》 (\`${d.file}\`)`).join('; ') + '.',
  ];
  for (const section of Object.keys(ruleSections) as RuleSection[]) {
    const s = ruleSections[section];
    out.push('', `## ${section}: ${s.en} / ${s['zh-CN']}`);
    for (const id of ruleIds.filter((r) => ruleCatalogue[r].section === section)) {
      const r = ruleCatalogue[id];
      const cites = r.citations.map((c) => `${c.seed} ${c.clause}`).join('; ');
      out.push('', `### ${id}`, '', `${r.titles.en} · ${r.titles['zh-CN']} · ${r.titles['zh-TW']}`, '', `${r.origin === 'seed' ? 'Seed' : '*Ours*, serving'}: ${cites}.`);
    }
  }
  return `${out.join('\n')}\n`;
}

const RULE_ID = /\b(?:ORG|CW|CMP|RSK|OPN|ACC|DSC|KPI|BUD|CMPN|SUP)-\d+\b/g;

// Link every rule ID of the catalogue in a guide to its entry in rules.md, outside code. Idempotent: links
// already written are taken apart first.
export function linkRules(text: string): string {
  const link = (plain: string) =>
    plain.replace(/\[((?:ORG|CW|CMP|RSK|OPN|ACC|DSC|KPI|BUD|CMPN|SUP)-\d+)\]\(rules\.md#[a-z0-9-]+\)/g, '$1').replace(RULE_ID, (id) => (id in ruleCatalogue ? `[${id}](rules.md#${id.toLowerCase()})` : id));
  // Fenced blocks, inline code and headings (whose anchors other pages link to) are left as they are.
  const prose = (part: string) =>
    part
      .split(/(^#.*$)/m)
      .map((p, i) => (i % 2 === 1 ? p : p.split(/(`[^`\n]*`)/).map((q, j) => (j % 2 === 1 ? q : link(q))).join('')))
      .join('');
  return text
    .split(/(^```[\s\S]*?^```$)/m)
    .map((part, i) => (i % 2 === 1 ? part : prose(part)))
    .join('');
}

/** Every guide (docs/*.md but the rules page) with its generated blocks rendered and its rule IDs linked. */
export function guides(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync('docs').filter((x) => x.endsWith('.md') && x !== 'rules.md')) {
    const file = `docs/${f}`;
    const text = readFileSync(file, 'utf8');
    out[file] = linkRules(generated[file] ? render(text, generated[file]) : text);
  }
  return out;
}

if (process.argv[1]?.endsWith('generate-docs.ts')) {
  for (const [file, text] of Object.entries(guides())) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  writeFileSync('docs/rules.md', rulesMarkdown());
  console.log('wrote docs/rules.md');
  // Written afresh, so a schema that is no longer produced does not linger.
  rmSync('docs/schemas', { recursive: true, force: true });
  const files = schemaFiles();
  for (const [file, text] of Object.entries(files)) {
    const path = join('docs/schemas', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`wrote ${Object.keys(files).length} files to docs/schemas/`);
}
