// TypeDoc plugin: renders the guides' ```mermaid blocks as diagrams in the HTML. Mermaid itself is copied
// into the docs' assets (no CDN: the docs work offline and from a tarball), and only pages that hold a
// diagram load it.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PageEvent, RendererEvent } from 'typedoc';

const require = createRequire(import.meta.url);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes('<code class="mermaid"')) return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    const script =
      `<script src="${up}assets/mermaid.min.js"></script>` +
      '<script>for (const code of document.querySelectorAll(\'pre > code.mermaid\')) { const pre = code.parentElement; for (const br of code.querySelectorAll(\'br\')) br.replaceWith(\'\\n\'); pre.className = \'mermaid\'; pre.textContent = code.textContent; }' +
      "mermaid.initialize({ startOnLoad: false, theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default' }); mermaid.run({ querySelector: 'pre.mermaid' });</script>";
    page.contents = page.contents.replace('</body>', `${script}</body>`);
  });
  app.renderer.on(RendererEvent.END, (event) => {
    const to = join(event.outputDirectory, 'assets');
    mkdirSync(to, { recursive: true });
    copyFileSync(join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js'), join(to, 'mermaid.min.js'));
  });
}
