// Builds the single-page app from src/web into dist/web, which the Bulwark server serves under a
// strict Content Security Policy (no inline script or style), so everything must end up in files.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webBuildOutput } from './scripts/web-build-output.js';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'src/web',
  // Source maps help whoever debugs a build, but are not published: they go beside dist/web, where
  // the server never looks. The served files get brotli and gzip copies.
  plugins: [react(), webBuildOutput({ sourceMapsTo: 'dist/web-source-maps' })],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Keep every asset a file: an inlined <style> or script would be refused by the CSP. (Small
    // images may still become data: URIs, which img-src allows.)
    cssCodeSplit: false,
    // Maps without the sourceMappingURL comment: browsers never ask for them.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page runs change far less often than Bulwark's own code, so they get
            // a chunk of their own that browsers keep across Bulwark updates.
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 2 },
            // The shared components and client machinery: small, used by nearly every page, and
            // otherwise scattered into a dozen tiny chunks.
            { name: 'shared', test: /src[\\/]web[\\/](components|lib)[\\/]/, priority: 1 },
          ],
        },
      },
      // Compiling nhsuk-frontend's SCSS is the slow part and always will be; the timing report is noise.
      checks: { pluginTimings: false },
    },
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
