import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run dev` proxies the API to a local service (`java -jar service/target/service.jar`, port 8500). */
const apiTarget = process.env.HOWLER_API_URL ?? 'http://localhost:8500';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health/ready': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // Hashed file names under /assets/: nginx serves them for a year, immutable.
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    // Inline nothing: the CSP allows scripts, styles and images from 'self' only.
    assetsInlineLimit: 0,
  },
});
