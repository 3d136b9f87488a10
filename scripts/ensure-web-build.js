// Builds the staff web application once, so that `npm start` serves it without a dev server.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const out = 'web/dist/index.html';
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
if (!existsSync('web/src')) process.exit(0);
if (existsSync(out) && statSync(out).mtimeMs >= newest('web/src')) process.exit(0);
console.log('Building the web application (first start or sources changed)…');
execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
