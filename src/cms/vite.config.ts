// Builds the workspace single-page app. The server runs this build itself at start (see
// src/server/workspace-app/); `npx vite --config src/cms/vite.config.ts` serves it for development,
// forwarding the API to a server on :8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/cms/',
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true, chunkSizeWarningLimit: 1000, sourcemap: false },
  server: { proxy: { '/api': 'http://localhost:8080', '/media': 'http://localhost:8080' } },
});
