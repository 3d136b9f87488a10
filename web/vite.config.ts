import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// suomifi-ui-components needs `tslib`, which it does not declare; use the real one when
// installed, else a local copy of the few helpers it calls.
const hasTslib = (() => {
  try {
    return existsSync(createRequire(import.meta.url).resolve('tslib'));
  } catch {
    return false;
  }
})();

// The production build in web/dist is served by the Node server at `/`; the dev server proxies
// the API so that the session cookie stays same-origin.
export default defineConfig({
  root,
  plugins: [react()],
  resolve: hasTslib ? {} : { alias: { tslib: fileURLToPath(new URL('./src/vendor/tslib-shim.js', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } } },
});
