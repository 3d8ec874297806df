// For the benchmarks that read aloud for real: the built app in Chromium with its speech
// engine, the news fixture pasted in and open, ready to play.
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium-launch';
import { startViteServer, type ViteServer } from './vite-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface NewsInAloud {
  page: Page;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

/** Serves the build, opens it with real speech, and pastes the news article in. */
export async function openNewsInAloud(
  prepare?: (page: Page) => Promise<unknown>,
): Promise<NewsInAloud> {
  const server: ViteServer = await startViteServer('preview');
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage();
    await prepare?.(page);
    await page.goto(server.url);
    const news = await readFile(
      path.resolve(root, '../shared/fixtures/articles/news-detainee-transfer.txt'),
      'utf8',
    );
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Article text').fill(news);
    await page.getByRole('button', { name: 'Read this text' }).click();
    // Saved and open at its own address: Play before that would start the welcome sample,
    // which the news then replaces (the worker may still be practising when the text comes).
    await page.waitForURL(/#\/read\//);
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const opened = browser;
    return {
      page,
      close: async () => {
        await opened.close();
        server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    server.stop();
    throw error;
  }
}
