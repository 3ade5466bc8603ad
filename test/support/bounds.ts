// Where a JSON Schema lets a string or a list grow without bound: every `type: 'string'` without `enum`
// or `const` needs `maxLength`, every `type: 'array'` needs `maxItems`. Paths are JSON pointers.
export function unbounded(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((x, i) => walk(x, `${path}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const types = Array.isArray(n['type']) ? (n['type'] as unknown[]) : [n['type']];
    if (types.includes('string') && n['enum'] === undefined && n['const'] === undefined && typeof n['maxLength'] !== 'number') out.push(`${path} (string)`);
    if (types.includes('array') && typeof n['maxItems'] !== 'number') out.push(`${path} (array)`);
    for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
  };
  walk(schema, '#');
  return out;
}

