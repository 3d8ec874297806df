import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/**
 * The built app's Content-Security-Policy: nothing but the app's own origin, no inline
 * script, no eval, no frames or plugins. A page brought in is never run (see
 * src/lib/import/html/), and this is the net under that. Only in the build: the dev server
 * injects styles inline.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The inaudible signal that keeps lock-screen controls (src/lib/platform/) is made here.
  "media-src 'self' blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy to index.html as a meta tag (static hosts cannot all set headers). The one
 * inline script (the look, set before the first paint) is allowed by its hash alone.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'aloud-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          ([, code = '']) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
        );
        const policy = CONTENT_SECURITY_POLICY.replace(
          "script-src 'self'",
          ["script-src 'self'", ...hashes].join(' '),
        );
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * The modules the first load needs: those the entry imports statically, directly or not.
 * Found from the module graph once it is built (`buildEnd`, before chunks are made), so a
 * module only lazy code imports never lands in the shell, whatever its name.
 */
function firstLoadModules(): { plugin: Plugin; inShell: (id: string) => boolean } {
  const reachable = new Set<string>();
  const plugin: Plugin = {
    name: 'aloud-first-load-modules',
    apply: 'build',
    buildEnd() {
      reachable.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const queue = [...entries];
      while (queue.length > 0) {
        const id = queue.pop() as string;
        if (reachable.has(id)) continue;
        reachable.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, inShell: (id) => reachable.has(id) };
}

const firstLoad = firstLoadModules();
/**
 * Svelte's two-way bindings of form fields (bind:value, bind:group…): only parts loaded on
 * demand use them (the settings, the import panel), yet the entry reaches them through the
 * runtime's index, which re-exports everything, so the module graph alone puts them in the
 * shell. They are declared free of side effects (they only define functions) and given a
 * chunk of their own: the shell imports it only if it ever uses them, and then
 * bench/shell-size.ts counts it. Kept for its price: without it the first load grows by
 * 1.04 KB (measured 42.54 → 43.58 KB, of the 44 KB budget). It names Svelte's internal
 * files: should a Svelte update move them, it matches nothing and the 1 KB comes back.
 */
const LAZY_ONLY_RUNTIME =
  /svelte\/src\/internal\/client\/dom\/elements\/bindings\/(?:input|select)\.js$/;

export default defineConfig({
  publicDir: 'static',
  // Shown in the library. ALOUD_VERSION lets the update test build a second, newer version.
  define: { __APP_VERSION__: JSON.stringify(process.env.ALOUD_VERSION ?? version) },
  plugins: [
    contentSecurityPolicy(),
    firstLoad.plugin,
    // Unit tests run Svelte's client output (not the server's, vitest's default under
    // `node`), so that $state, $derived and $effect behave as in the app.
    svelte({
      dynamicCompileOptions: () => (process.env.VITEST ? { generate: 'client' } : undefined),
    }),
    VitePWA({
      // Our own worker (src/sw.ts): it receives shares from other apps besides precaching.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
      // The app registers the worker itself (src/lib/platform/service-worker.ts), lazily, so that
      // workbox-window stays out of the first-load bundle.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Aloud — article reader',
        short_name: 'Aloud',
        description: 'Reads articles aloud with your device’s voices, highlighting as it goes.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f3a5f',
        // Sharing from another app (Android, desktop PWAs in Chromium) opens Aloud with it.
        share_target: {
          action: '/share',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: 'files',
                accept: [
                  'text/plain',
                  '.txt',
                  'text/blocks/markdown',
                  '.md',
                  'text/html',
                  '.html',
                  '.htm',
                ],
              },
            ],
          },
        },
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  // The import worker as a module, so that a text file's import does not load the web page
  // importer (Readability, htmlparser2), which it imports only for a page.
  worker: { format: 'es' },
  // Every browser with speech synthesis and ES2022 has modulepreload: no polyfill in the shell.
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => (LAZY_ONLY_RUNTIME.test(id) ? false : undefined),
      },
      output: {
        codeSplitting: {
          // What the first Play needs goes in one chunk (each extra chunk costs a request and
          // its own gzip overhead); what loads on demand keeps its own chunks.
          groups: [
            { name: 'form-bindings', test: LAZY_ONLY_RUNTIME, priority: 2 },
            { name: 'shell', test: firstLoad.inShell, priority: 1 },
          ],
          // A group holds what its test names, not what that imports (the runtime's core).
          includeDependenciesRecursively: false,
        },
      },
    },
  },
  // …and import Svelte's client runtime.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  ssr: process.env.VITEST ? { resolve: { conditions: ['browser'] } } : undefined,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Under mutation testing (stryker.config.mjs), the suites that run the whole app stay out:
    // they cover nearly every module, so they ran for most mutants and took over a second each
    // time. A module's mutants are for its own tests to find.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.ALOUD_MUTATION
        ? ['tests/unit/journey/**', 'tests/unit/app/app-controller.test.ts']
        : []),
    ],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
