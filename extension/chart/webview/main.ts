/**
 * The chart webview's script (bundled to dist/chart.js as an IIFE). Draws an inline SVG from the data the extension
 * posts. All text goes in with textContent / createTextNode; nothing is parsed as HTML.
 */
import type { ChartMessage, ChartSeries } from '../chartData';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const SVG = 'http://www.w3.org/2000/svg';
const W = 900;
const H = 480;
const M = { left: 64, right: 24, top: 24, bottom: 56 };
const MS_PER_DAY = 86_400_000;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function niceStep(range: number, target: number): number {
  const raw = range / Math.max(1, target);
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

function isMessage(x: unknown): x is ChartMessage {
  return typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'data' && Array.isArray((x as { series?: unknown }).series);
}

function draw(msg: ChartMessage): void {
  const title = document.getElementById('title');
  if (title) title.textContent = msg.title;
  const host = document.getElementById('chart');
  const legend = document.getElementById('legend');
  if (!host || !legend) return;
  host.replaceChildren();
  legend.replaceChildren();
  const all = msg.series.flatMap((s) => s.points);
  if (all.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'No rounds for the chosen categories.';
    host.appendChild(p);
    return;
  }
  let minDay = Math.min(...all.map((p) => p[0]));
  let maxDay = Math.max(...all.map((p) => p[0]));
  if (minDay === maxDay) {
    minDay -= 15;
    maxDay += 15;
  }
  const scores = all.map((p) => p[1]);
  if (msg.ownScore !== null) scores.push(msg.ownScore);
  const yStep = niceStep(Math.max(...scores) - Math.min(...scores) || 50, 6);
  const minY = Math.floor((Math.min(...scores) - 5) / yStep) * yStep;
  const maxY = Math.ceil((Math.max(...scores) + 5) / yStep) * yStep;
  const x = (day: number): number => M.left + ((day - minDay) / (maxDay - minDay)) * (W - M.left - M.right);
  const y = (crs: number): number => H - M.bottom - ((crs - minY) / (maxY - minY)) * (H - M.top - M.bottom);

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart' }, host);
  const desc = el('title', {}, svg);
  desc.textContent = `${msg.title}: ${msg.series.map((s) => s.label).join(', ')}`;
  const grid = el('g', { class: 'grid' }, svg);
  for (let v = minY; v <= maxY + 1e-9; v += yStep) {
    el('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }, grid);
    const t = el('text', { x: M.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, grid);
    t.textContent = String(Math.round(v));
  }
  const firstYear = new Date(minDay * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date(maxDay * MS_PER_DAY).getUTCFullYear();
  const monthsStep = lastYear - firstYear >= 4 ? 12 : lastYear - firstYear >= 1 ? 3 : 1;
  for (let yy = firstYear; yy <= lastYear; yy++) {
    for (let m = 0; m < 12; m += monthsStep) {
      const day = Date.UTC(yy, m, 1) / MS_PER_DAY;
      if (day < minDay || day > maxDay) continue;
      el('line', { x1: x(day), x2: x(day), y1: M.top, y2: H - M.bottom, class: 'vgrid' }, grid);
      const t = el('text', { x: x(day), y: H - M.bottom + 18, class: 'tick', 'text-anchor': 'middle' }, grid);
      t.textContent = monthsStep === 12 ? String(yy) : isoOf(day).slice(0, 7);
    }
  }
  el('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'axis' }, svg);
  el('line', { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom, class: 'axis' }, svg);
  const xl = el('text', { x: (M.left + W - M.right) / 2, y: H - 12, class: 'axis-label', 'text-anchor': 'middle' }, svg);
  xl.textContent = 'Date of the round';
  const yl = el('text', { x: 16, y: (M.top + H - M.bottom) / 2, class: 'axis-label', 'text-anchor': 'middle', transform: `rotate(-90 16 ${(M.top + H - M.bottom) / 2})` }, svg);
  yl.textContent = 'CRS cut-off';

  msg.series.forEach((s: ChartSeries, i: number) => {
    const cls = `series s${i % 8}`;
    const g = el('g', { class: cls }, svg);
    if (s.points.length > 1) el('polyline', { points: s.points.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ') }, g);
    s.points.forEach((p, k) => {
      // Rounds the own score would have cleared get a ring; tied rounds (tie-break) a dashed one.
      const mark = s.standings[k];
      const ringed = mark === 'above' || mark === 'tied';
      const c = el('circle', { cx: x(p[0]).toFixed(1), cy: y(p[1]).toFixed(1), r: ringed ? 4 : s.points.length > 150 ? 1.6 : 2.8, ...(ringed ? { class: mark === 'above' ? 'cleared' : 'tied' } : {}) }, g);
      const tip = el('title', {}, c);
      const note = mark === 'above' ? ' (your score would have been invited)' : mark === 'tied' ? ' (your score ties: decided by the tie-break)' : '';
      tip.textContent = `${s.label}: round #${p[2]}, ${p[3]}, CRS ${p[1]}, ${p[4].toLocaleString('en-US')} ITAs${note}`;
    });
    const item = document.createElement('li');
    item.className = cls;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    item.appendChild(swatch);
    const clearedText = s.standings.length ? `; your score cleared ${s.cleared}${s.tied ? `, tied ${s.tied}` : ''}` : '';
    item.appendChild(document.createTextNode(`${s.label} — ${s.points.length} round${s.points.length === 1 ? '' : 's'}${clearedText}`));
    legend.appendChild(item);
  });
  if (msg.ownScore !== null) {
    const g = el('g', { class: 'own' }, svg);
    el('line', { x1: M.left, x2: W - M.right, y1: y(msg.ownScore), y2: y(msg.ownScore) }, g);
    const t = el('text', { x: M.left + 6, y: y(msg.ownScore) - 6, 'text-anchor': 'start', class: 'own-label' }, g);
    t.textContent = `Your CRS: ${msg.ownScore}`;
    const item = document.createElement('li');
    item.className = 'own';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(`Your CRS score (${msg.ownScore})`));
    legend.appendChild(item);
  }
}

const vscode = acquireVsCodeApi();
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isMessage(event.data)) draw(event.data);
});
vscode.postMessage({ type: 'ready' });
