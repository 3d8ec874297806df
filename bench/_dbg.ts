import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const child = spawn('npx', ['vite', 'preview', '--port', '4191', '--strictPort'], {
  cwd: '/work/main',
  stdio: 'ignore',
  detached: true,
});
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('worker', (w) => console.log('worker', w.url()));
await page.goto('http://localhost:4191/');
await page.getByRole('heading', { name: 'Welcome to Aloud' }).waitFor();
await page.getByRole('button', { name: 'New article' }).click();
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open file' }).click();
await (await chooser).setFiles(process.argv[2]!);
for (let i = 0; i < 6; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  console.log(
    i,
    (
      await page
        .locator('main')
        .innerText()
        .catch(() => '-')
    )
      .slice(0, 300)
      .replace(/\n/g, ' | '),
  );
}
await browser.close();
process.kill(-child.pid!, 'SIGTERM');
