// End to end in a real browser: JupyterLab (from the test venv) on a free
// localhost port, Playwright driving Debian's headless Chromium. It opens
// the first tutorial notebook with the Go Linear Algebra kernel, runs all
// cells and checks what a person sees: the HTML matrix table, the
// LinAlgError traceback and its diagnostic card, Tab completion, the Shift+Tab tooltip, the stop
// button interrupting `while True: pass`, and a kernel restart.
// Screenshots go to tests/output/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..', '..');
const venv = process.env.VENV || path.join(root, '.venv');
const outDir = path.join(root, 'tests', 'output');
const NB = '01-inverse-with-numpy.ipynb';

let lab, browser, page, url, work, labURL;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

async function waitFor(fn, what, ms = 60000) {
  const end = Date.now() + ms;
  for (;;) {
    try { if (await fn()) return; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

before(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'golinalg-lab-'));
  const nbDir = path.join(work, 'notebooks');
  fs.mkdirSync(nbDir);
  for (const f of fs.readdirSync(path.join(root, 'notebooks')).filter(f => f.endsWith('.ipynb'))) {
    fs.copyFileSync(path.join(root, 'notebooks', f), path.join(nbDir, f));
  }
  for (const d of ['home', 'config', 'data', 'runtime', 'settings']) fs.mkdirSync(path.join(work, d));
  // Deterministic settings: a patient completer, no news prompt.
  fs.writeFileSync(path.join(work, 'settings', 'overrides.json'), JSON.stringify({
    '@jupyterlab/completer-extension:manager': { providerTimeout: 10000 },
    '@jupyterlab/apputils-extension:notification': { fetchNews: 'false', checkForUpdates: false },
  }));
  const port = await freePort();
  const token = crypto.randomBytes(16).toString('hex');
  lab = spawn(path.join(venv, 'bin', 'jupyter'), [
    'lab', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--ServerApp.port_retries=0',
    `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${nbDir}`, '--allow-root',
    `--LabApp.app_settings_dir=${path.join(work, 'settings')}`,
  ], {
    env: {
      ...process.env, HOME: path.join(work, 'home'), JUPYTER_CONFIG_DIR: path.join(work, 'config'),
      JUPYTER_DATA_DIR: path.join(work, 'data'), JUPYTER_RUNTIME_DIR: path.join(work, 'runtime'),
      JUPYTER_PATH: path.join(venv, 'share', 'jupyter'),
    },
    stdio: ['ignore', 'ignore', fs.openSync(path.join(outDir, 'jupyterlab.log'), 'w')],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/api/status?token=${token}`)).ok, 'JupyterLab to start');
  url = `${base}/lab/tree/${NB}?token=${token}`;
  // ?reset starts from an empty workspace, so only nb is open.
  labURL = (nb) => `${base}/lab/tree/${nb}?reset&token=${token}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url);
  await page.getByText('Go Linear Algebra | Idle').first().waitFor({ timeout: 60000 });
});

after(async () => {
  if (browser) await browser.close();
  if (lab) { lab.kill('SIGTERM'); await new Promise(r => lab.once('exit', r)); }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function runAll() {
  await page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook').first().click();
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
  await waitFor(async () => {
    const prompts = await page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt').allTextContents();
    return prompts.length > 0 && prompts.every(p => /\[\d+\]/.test(p));
  }, 'every code cell to finish');
}

// newCell appends a code cell at the end and types code into it.
async function newCell(code) {
  await page.locator('.jp-Notebook .jp-Cell').last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.keyboard.type(code);
}

test('all cells run: HTML matrix table and the LinAlgError traceback', async () => {
  await runAll();
  const td = page.locator('.jp-OutputArea-output[data-mime-type="text/html"] table td');
  assert.ok(await td.count() >= 4, 'an HTML table with the inverse');
  const err = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]', { hasText: 'LinAlgError' });
  await err.first().waitFor();
  assert.match(await err.first().innerText(), /LinAlgError: Singular matrix/);
  // The diagnostic card comes just before the traceback, in the same cell.
  const card = page.locator('.jp-OutputArea-output[data-mime-type="text/html"] .golinalg-diagnostic');
  await card.first().waitFor();
  assert.match(await card.first().innerText(), /row 2 = 2 × row 1/);
  await card.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(outDir, 'lab-01-diagnostic.png') });
  const stdout = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stdout"]').allInnerTexts();
  assert.ok(stdout.some(t => t.includes('Given Matrix:')), 'printed text is shown');
  await page.screenshot({ path: path.join(outDir, 'lab-01-run-all.png') });
  await td.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(outDir, 'lab-01-html-table.png') });
});

test('Tab completes numpy.linalg.in to inv', async () => {
  await newCell('numpy.linalg.in');
  await page.keyboard.press('Tab');
  const item = page.locator('.jp-Completer:not(.lm-mod-hidden) .jp-Completer-item[data-value="inv"]');
  await item.first().waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(outDir, 'lab-01-completion.png') });
  await page.keyboard.press('Escape');
});

test('Shift+Tab shows the signature of inv', async () => {
  await newCell('numpy.linalg.inv(');
  await page.keyboard.press('Shift+Tab');
  const tip = page.locator('.jp-Tooltip');
  await tip.first().waitFor({ timeout: 15000 });
  assert.match(await tip.first().innerText(), /inv/);
  await page.keyboard.press('Escape');
});

test('the stop button interrupts while True: pass', async () => {
  await newCell('while True: pass');
  await page.keyboard.press('Shift+Enter');
  await page.getByText('Go Linear Algebra | Busy').first().waitFor({ timeout: 15000 });
  await page.locator('jp-button[data-command="notebook:interrupt-kernel"]').click();
  const ki = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]', { hasText: 'KeyboardInterrupt' });
  await ki.first().waitFor({ timeout: 15000 });
  await page.getByText('Go Linear Algebra | Idle').first().waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(outDir, 'lab-01-interrupt.png') });
});

test('restarting the kernel works and the kernel answers again', async () => {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Kernel$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Restart Kernel…$/ }).click();
  await page.locator('.jp-Dialog button', { hasText: /^Restart$/ }).click();
  await page.getByText('Go Linear Algebra | Idle').first().waitFor({ timeout: 30000 });
  await newCell('print(6 * 7)');
  await page.keyboard.press('Shift+Enter');
  const out = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stdout"]', { hasText: /^42\s*$/ });
  await out.first().waitFor({ timeout: 15000 });
});

// The other tutorial notebooks run to the end in the browser too: every
// error shown belongs to a cell tagged raises-exception.
for (const nb of ['02-np-linalg-inv-reference.ipynb', '03-beyond-the-inverse.ipynb']) {
  test(`${nb} runs all cells in JupyterLab`, async () => {
    const cells = JSON.parse(fs.readFileSync(path.join(root, 'notebooks', nb), 'utf8')).cells;
    const raising = cells.filter(c => (c.metadata.tags || []).includes('raises-exception')).length;
    await page.goto(labURL(nb));
    await page.locator('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel', { hasText: nb }).first().waitFor({ timeout: 60000 });
    await page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook').first().waitFor({ timeout: 60000 });
    await page.getByText('Go Linear Algebra | Idle').first().waitFor({ timeout: 60000 });
    await runAll();
    const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
    const errors = await panel.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]', { hasText: 'Traceback' }).count();
    assert.equal(errors, raising, 'only cells tagged raises-exception show a traceback');
    assert.ok(await panel.locator('.jp-OutputArea-output[data-mime-type="text/html"] table').count() >= 1, 'an HTML matrix is rendered');
    await page.screenshot({ path: path.join(outDir, `lab-${nb.slice(0, 2)}.png`) });
  });
}
