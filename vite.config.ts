// Builds the single-page app from src/web into dist/web, which the Bulwark server serves under a
// strict Content Security Policy (no inline script or style), so everything must end up in files.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Keep every asset a file: an inlined <style> or script would be refused by the CSP. (Small
    // images may still become data: URIs, which img-src allows.)
    cssCodeSplit: false,
    sourcemap: true,
    // Compiling nhsuk-frontend's SCSS is the slow part and always will be; the timing report is noise.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  css: {
    preprocessorOptions: {
      scss: {
        // nhsuk-frontend's own deprecation warnings are not ours to fix.
        quietDeps: true,
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': api,
      '/healthz': api,
    },
  },
});
