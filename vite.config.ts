import { defineConfig } from 'vite';

// The page bundle. HTML is not Vite's job here: scripts/build.ts prerenders every page
// from src/prerender.tsx and links the hashed assets that this build lists in its manifest.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    manifest: true,
    target: 'es2020',
    // Terser packs the first-screen script about 5% tighter than esbuild: bytes a 2G phone waits for.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    cssCodeSplit: false,
    // The leaflet maker loads on a tap; what it imports is already on the page, and listing it
    // for preload cost the pathway screen bytes its first-screen budget does not have.
    modulePreload: { resolveDependencies: (file, deps) => (file.includes('save-leaflet') ? [] : deps) },
    rollupOptions: { input: 'src/main.tsx' },
  },
});
