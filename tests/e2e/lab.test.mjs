// End to end in a real browser: JupyterLab (from the test venv) on a free
// localhost port, Playwright driving Debian's headless Chromium. It opens
// the first tutorial notebook with the Go Linear Algebra kernel, runs all
// cells and checks what a person sees: the HTML matrix table, the
// LinAlgError traceback and its diagnostic card (in light and dark themes),
// Tab completion, the Shift+Tab tooltip, the stop button interrupting
// `while True: pass`, and a kernel restart.
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
const stripKernelspec = new Set(['02-np-linalg-inv-reference.ipynb']);

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
    const nb = JSON.parse(fs.readFileSync(path.join(root, 'notebooks', f), 'utf8'));
    // Without kernelspec metadata JupyterLab asks which kernel to start,
    // as it does for a notebook from elsewhere: that copy exercises the
    // kernel picker.
    if (stripKernelspec.has(f)) delete nb.metadata.kernelspec;
    fs.writeFileSync(path.join(nbDir, f), JSON.stringify(nb, null, 1));
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

// shot scrolls target into view and writes a screenshot of the page once
// the cells around it are painted (JupyterLab skips painting off-screen
// cells until they scroll in).
async function shot(target, name) {
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, name) });
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
  await shot(card.first(), 'lab-01-diagnostic.png');
  const stdout = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stdout"]').allInnerTexts();
  assert.ok(stdout.some(t => t.includes('Given Matrix:')), 'printed text is shown');
  await page.screenshot({ path: path.join(outDir, 'lab-01-run-all.png') });
  await shot(td.first(), 'lab-01-html-table.png');
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

// openNotebook opens nb alone in a fresh workspace and waits for its kernel.
// A notebook without kernelspec metadata asks for a kernel: the test picks
// Go Linear Algebra in that dialog, as a user would.
async function openNotebook(nb) {
  await page.goto(labURL(nb));
  await page.locator('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel', { hasText: nb }).first().waitFor({ timeout: 60000 });
  await page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook').first().waitFor({ timeout: 60000 });
  if (!notebookJSON(nb).metadata.kernelspec || stripKernelspec.has(nb)) {
    const dialog = page.locator('.jp-Dialog', { hasText: 'Select Kernel' });
    await dialog.waitFor({ timeout: 30000 });
    await dialog.locator('select').selectOption({ label: 'Go Linear Algebra' });
    await page.screenshot({ path: path.join(outDir, `lab-${nb.slice(0, 2)}-select-kernel.png`) });
    await dialog.locator('button', { hasText: /^Select$/ }).click();
  }
  await page.getByText('Go Linear Algebra | Idle').first().waitFor({ timeout: 60000 });
}

// Opening a notebook must not mark it modified: its stored language_info
// is what the kernel's kernel_info_reply says, so JupyterLab has nothing
// to merge (issue 20). The dirty marker is the tab's jp-mod-dirty class.
test('01 and 03 open without being marked modified', async () => {
  for (const nb of ['01-inverse-with-numpy.ipynb', '03-beyond-the-inverse.ipynb']) {
    await openNotebook(nb);
    await page.waitForTimeout(1500);
    const tab = page.locator('.lm-TabBar-tab.lm-mod-current', { hasText: nb }).first();
    assert.equal(await tab.evaluate(e => e.classList.contains('jp-mod-dirty')), false, `${nb} is marked modified on open`);
  }
});

function notebookJSON(nb) {
  return JSON.parse(fs.readFileSync(path.join(root, 'notebooks', nb), 'utf8'));
}

// cellReport runs in the page: for each code cell of the visible notebook,
// in order, its error tracebacks, its other stderr text and its HTML
// captions.
async function cellReport() {
  return page.evaluate(() => {
    const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
    return [...nb.querySelectorAll('.jp-Cell.jp-CodeCell')].map(cell => {
      const stderr = [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')].map(e => e.textContent);
      return {
        source: cell.querySelector('.jp-InputArea .cm-content')?.textContent ?? '',
        tracebacks: stderr.filter(t => t.includes('Traceback')),
        otherStderr: stderr.filter(t => !t.includes('Traceback')),
        captions: [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="text/html"] caption')].map(c => c.textContent.trim()),
        cards: cell.querySelectorAll('.golinalg-diagnostic').length,
      };
    });
  });
}

// checkErrors asserts that exactly the cells tagged raises-exception show
// a traceback, that it names the error NumPy raises (from the notebook's
// prose-free source: the traceback's last line), and that no cell writes
// anything else to stderr.
function checkErrors(nb, report) {
  const code = notebookJSON(nb).cells.filter(c => c.cell_type === 'code');
  assert.equal(report.length, code.length, 'one rendered code cell per notebook code cell');
  code.forEach((c, i) => {
    const raises = (c.metadata.tags || []).includes('raises-exception');
    const src = [].concat(c.source).join('');
    assert.equal(report[i].tracebacks.length, raises ? 1 : 0, `traceback count in cell ${i}: ${src}`);
    assert.deepEqual(report[i].otherStderr, [], `unexpected stderr in cell ${i}: ${src}`);
  });
}

// themeColours runs in the page: the computed colours of the first matrix
// table of the visible notebook next to the values the current theme gives
// its --jp-* variables (resolved through a probe element).
async function themeColours() {
  return page.evaluate(() => {
    const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
    const table = nb.querySelector('.golinalg-array table');
    const td = table.querySelector('td');
    const caption = table.querySelector('caption');
    const resolve = (v, prop) => {
      const probe = document.createElement('div');
      probe.style.setProperty(prop, `var(${v})`);
      table.parentElement.appendChild(probe);
      const c = getComputedStyle(probe).getPropertyValue(prop);
      probe.remove();
      return c;
    };
    return {
      light: document.body.dataset.jpThemeLight,
      text: getComputedStyle(td).color, textVar: resolve('--jp-content-font-color1', 'color'),
      border: getComputedStyle(td).borderTopColor, borderVar: resolve('--jp-border-color2', 'color'),
      caption: getComputedStyle(caption).color, captionVar: resolve('--jp-content-font-color2', 'color'),
      background: getComputedStyle(table).backgroundColor, backgroundVar: resolve('--jp-layout-color0', 'background-color'),
    };
  });
}

// luminance is the relative luminance of a CSS rgb()/rgba() colour.
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('02 runs all cells: tables, a labelled stack, the LinAlgError traceback and card', async () => {
  const nb = '02-np-linalg-inv-reference.ipynb';
  await openNotebook(nb);
  await runAll();
  const report = await cellReport();
  checkErrors(nb, report);
  const raising = report.find(r => r.tracebacks.length);
  assert.match(raising.tracebacks[0], /LinAlgError: Singular matrix/);
  assert.equal(raising.cards, 1, 'the diagnostic card is shown with the traceback');
  const captions = report.flatMap(r => r.captions);
  assert.ok(captions.includes('2×2 float64'), `the inverse as a table: ${captions}`);
  // The (2, 2, 2) stack of inverses: one labelled table per matrix.
  const stack = report.find(r => r.source.trim() === 'S_inv');
  assert.deepEqual(stack.captions, ['2×2×2 float64 — [0, :, :]', '2×2×2 float64 — [1, :, :]']);
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const stackOut = panel.locator('.jp-OutputArea-output[data-mime-type="text/html"]', { hasText: '[1, :, :]' });
  assert.equal(await stackOut.locator('td').count(), 8, 'eight cells in the two 2×2 tables');
  await shot(stackOut.first(), 'lab-02-stack.png');
  await shot(panel.locator('.golinalg-diagnostic').first(), 'lab-02-diagnostic.png');
});

test('03 runs all cells: the table, and the LaTeX matrix typeset by MathJax', async () => {
  const nb = '03-beyond-the-inverse.ipynb';
  await openNotebook(nb);
  await runAll();
  const report = await cellReport();
  checkErrors(nb, report);
  const captions = report.flatMap(r => r.captions);
  assert.ok(captions.includes('2×2 int64') && captions.includes('2×3 float64'), `tables for A and pinv(X): ${captions}`);
  // display(..., include=['text/latex', 'text/plain']) leaves JupyterLab
  // only LaTeX to render, and MathJax typesets it as a 2×3 matrix.
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const latex = panel.locator('.jp-OutputArea-output[data-mime-type="text/latex"]');
  assert.equal(await latex.count(), 1, 'one LaTeX output');
  const typeset = latex.locator('mjx-container');
  await typeset.first().waitFor({ timeout: 30000 });
  assert.equal(await typeset.locator('mjx-mtr').count(), 2, 'two typeset rows');
  assert.equal(await typeset.locator('mjx-mtd').count(), 6, 'six typeset entries');
  assert.doesNotMatch(await latex.evaluate(e => e.textContent), /bmatrix/, 'no raw LaTeX left');
  await shot(latex, 'lab-03-latex.png');
  await page.screenshot({ path: path.join(outDir, 'lab-03.png'), fullPage: false });
});

// cardLooks runs in the page: for the last diagnostic card of the visible
// notebook, the background of the card and of each row and cell of its
// facts table, and the right edges of the card's box and of the
// traceback's box in the same cell.
async function cardLooks() {
  return page.evaluate(() => {
    const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
    const cards = nb.querySelectorAll('.golinalg-diagnostic');
    const card = cards[cards.length - 1];
    const cell = card.closest('.jp-Cell');
    const tb = cell.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
    const facts = [...card.querySelectorAll('table')].find(t => !t.closest('.golinalg-array'));
    const bg = e => getComputedStyle(e).backgroundColor;
    return {
      card: bg(card),
      rows: [...facts.querySelectorAll('tr')].map(bg),
      cells: [...facts.querySelectorAll('th, td')].map(bg),
      cardRight: card.getBoundingClientRect().right,
      tracebackRight: tb.getBoundingClientRect().right,
      cardLeft: card.getBoundingClientRect().left,
      tracebackLeft: tb.getBoundingClientRect().left,
    };
  });
}

// checkCard asserts that the card's facts table shows no zebra band (every
// row paints the card's background, also under the mouse; cells paint
// nothing) and that the card's box ends where the traceback's does.
async function checkCard(theme) {
  const looks = await cardLooks();
  assert.ok(looks.rows.length >= 3, `${theme}: the facts table has rows`);
  for (const [i, r] of looks.rows.entries()) assert.equal(r, looks.card, `${theme}: fact row ${i} paints ${r}, not the card's ${looks.card}`);
  for (const c of looks.cells) assert.equal(c, 'rgba(0, 0, 0, 0)', `${theme}: a fact cell paints ${c}`);
  assert.ok(Math.abs(looks.cardRight - looks.tracebackRight) <= 1,
    `${theme}: the card ends at ${looks.cardRight}px, the traceback at ${looks.tracebackRight}px`);
  assert.ok(Math.abs(looks.cardLeft - looks.tracebackLeft) <= 1,
    `${theme}: the card starts at ${looks.cardLeft}px, the traceback at ${looks.tracebackLeft}px`);
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const row = panel.locator('.golinalg-diagnostic table:not(.golinalg-array table) tr').last();
  await row.hover();
  assert.equal(await row.evaluate(e => getComputedStyle(e).backgroundColor), looks.card, `${theme}: a fact row under the mouse`);
  await page.mouse.move(0, 0);
}

test('tables take their colours from the theme, light and dark', async () => {
  const light = await themeColours();
  assert.equal(light.light, 'true');
  // A singular matrix, so that the card shows in both themes (issue 20:
  // no zebra band in its facts, its box as wide as the traceback's).
  await newCell('M = np.array([[1., 2., 3.], [2., 4., 6.], [1., 0., 1.]])\nnp.linalg.inv(M)');
  await page.keyboard.press('Shift+Enter');
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const card = panel.locator('.golinalg-diagnostic').last();
  await card.waitFor({ timeout: 15000 });
  assert.match(await card.innerText(), /LinAlgError in np\.linalg\.inv: M is singular/);
  await checkCard('light');
  await shot(card, 'lab-card-light.png');
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Settings$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Theme$/ }).hover();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^JupyterLab Dark$/ }).click();
  await waitFor(async () => (await page.evaluate(() => document.body.dataset.jpThemeLight)) === 'false', 'the dark theme');
  // The theme's stylesheet loads after the attribute changes.
  await waitFor(async () => {
    const c = await themeColours();
    return c.textVar !== light.textVar && c.text === c.textVar;
  }, 'dark theme colours on the table', 15000);
  const dark = await themeColours();
  for (const c of [light, dark]) {
    assert.equal(c.text, c.textVar, 'cell text is --jp-content-font-color1');
    assert.equal(c.border, c.borderVar, 'cell borders are --jp-border-color2');
    assert.equal(c.caption, c.captionVar, 'the caption is --jp-content-font-color2');
    assert.equal(c.background, c.backgroundVar, 'the table background is --jp-layout-color0');
  }
  assert.notEqual(dark.text, light.text, 'the text colour follows the theme');
  assert.ok(luminance(dark.text) > 0.5, `light text in the dark theme: ${dark.text}`);
  await checkCard('dark');
  await shot(card, 'lab-card-dark.png');
  const table = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .golinalg-array table').first();
  await shot(table, 'lab-03-dark.png');
  await shot(page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="text/latex"]'), 'lab-03-dark-latex.png');
});

// A named result made of arrays (issue 20): np.linalg.eig's EigResult
// shows as one captioned table per field, side by side, eigenvalues first,
// with NumPy's digits without the bare point.
test('a named result renders as captioned tables: EigResult', async () => {
  await newCell('np.linalg.eig(S)');
  await page.keyboard.press('Shift+Enter');
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const out = panel.locator('.jp-OutputArea-output[data-mime-type="text/html"]', { has: page.locator('.golinalg-fields') }).last();
  await out.waitFor({ timeout: 15000 });
  const r = await out.evaluate(o => {
    const tables = [...o.querySelectorAll('.golinalg-fields > .golinalg-array table')];
    return {
      captions: tables.map(t => t.querySelector('caption').textContent.trim()),
      cells: tables.map(t => [...t.querySelectorAll('td')].map(td => td.textContent.trim())),
      boxes: tables.map(t => { const b = t.getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top }; }),
      whiteSpace: getComputedStyle(tables[1].querySelector('td')).whiteSpace,
    };
  });
  assert.deepEqual(r.captions, ['eigenvalues — vector, 2 float64', 'eigenvectors — 2×2 float64']);
  assert.deepEqual(r.cells[0], ['3', '1'], 'the eigenvalues, without NumPy\'s bare point');
  assert.equal(r.cells[1].length, 4);
  assert.ok(r.boxes[1].left > r.boxes[0].right, `the eigenvectors' table stands right of the eigenvalues': ${JSON.stringify(r.boxes)}`);
  assert.ok(Math.abs(r.boxes[1].top - r.boxes[0].top) < 2, 'the two tables are top-aligned');
  assert.equal(r.whiteSpace, 'pre', 'cells keep the padding that lines up decimal points');
  await shot(out, 'lab-03-eig-tables.png');
});
