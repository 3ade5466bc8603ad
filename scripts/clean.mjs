// Remove build output portably (no rm -rf in npm scripts, so Windows contributors can build too).
import { rmSync } from 'node:fs';
for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
