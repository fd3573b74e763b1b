import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { waitForApp } from './support/app';

const LANGS = ['en', 'si', 'ta', 'ne', 'bn', 'ur', 'prs', 'ps', 'id', 'ms', 'fil', 'vi', 'th', 'my', 'km', 'lo'];
/** As many items as the counsellor ticks at first (DEFAULT_ITEMS in src/features/counsellor/relevant.ts). */
const ITEMS = 8;
/** The paper, less the 12 mm margins of the print style, in CSS pixels (96 per inch). */
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const printable = (mm: number) => Math.floor(((mm - 24) / 25.4) * 96);

/** Page objects in a PDF: `/Type /Page`, not the `/Type /Pages` tree that holds them. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

type EntryText = { title?: string; name?: string; summary?: string; description?: string };
type Entry = { id: string; categories?: string[]; text: EntryText };

/** The language's longest risk messages, pathways and services: the fullest sheet a counsellor can print. */
async function longestItems(request: APIRequestContext, lang: string): Promise<string[]> {
  const manifest = (await (await request.get('/packs/manifest.json')).json()) as { packs: Record<string, { url: string }> };
  const pack = (await (await request.get(manifest.packs[lang]!.url)).json()) as { risks: Entry[]; pathways: Entry[]; services: Entry[] };
  const size = (t: EntryText) => `${t.title ?? t.name}${t.summary ?? t.description}`.length;
  return [
    ...pack.risks.map((r) => ({ key: `r.${r.id}`, size: size(r.text) })),
    ...pack.pathways.map((p) => ({ key: `p.${p.id}`, size: size(p.text) })),
    // Helplines are listed at the top of the sheet, not as items.
    ...pack.services.filter((s) => !s.categories!.includes('hotline')).map((s) => ({ key: `s.${s.id}`, size: size(s.text) })),
  ]
    .sort((a, b) => b.size - a.size)
    .slice(0, ITEMS)
    .map((i) => i.key);
}

/**
 * What is wrong with the printed sheet: text boxes whose content is taller or wider than the
 * box, words whose letters reach past a box that clips them, and words whose letters overlap
 * a word on the line above or below (how Nastaliq lines collide). A word's letters are its
 * ink as the font draws it (canvas measureText), placed on the word's own baseline on paper.
 */
async function printProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const ctx = document.createElement('canvas').getContext('2d')!;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

    for (const el of document.querySelectorAll<HTMLElement>('.handout :is(h1, h2, h3, p, li, a, small, span, bdi)')) {
      const style = getComputedStyle(el);
      // Inline boxes have no scroll box of their own; their block ancestor is measured.
      if (!shown(el) || style.display === 'inline' || !(el.textContent ?? '').trim()) continue;
      const lineHeight = parseFloat(style.lineHeight);
      const clamp = parseInt(style.webkitLineClamp, 10);
      if (clamp > 0 && style.overflowY !== 'visible') {
        // A long summary may stop after a few lines with an ellipsis, but only after a whole line.
        const lines = (el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / lineHeight;
        if (!(Math.abs(lines - Math.round(lines)) < 0.05 && Math.round(lines) <= clamp)) out.push(`${name(el)} shows ${lines.toFixed(2)} lines`);
      } else if (el.scrollHeight > el.clientHeight + 1) out.push(`${name(el)} is ${el.scrollHeight}px tall in a ${el.clientHeight}px box`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} is ${el.scrollWidth}px wide in a ${el.clientWidth}px box`);
    }

    type Word = { text: string; where: Element; baseline: number; left: number; right: number; top: number; bottom: number };
    const words: Word[] = [];
    const sheet = document.querySelector('.handout')!;
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (!shown(parent) || parent.closest('.qr-code')) continue;
      const style = getComputedStyle(parent);
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The nearest box that hides what overflows it (a clamped title or summary).
      let clip: HTMLElement | null = parent;
      while (clip && clip !== sheet && getComputedStyle(clip).overflowY === 'visible') clip = clip.parentElement;
      const box = clip && clip !== sheet ? clip.getBoundingClientRect() : undefined;
      const segmenter = new Intl.Segmenter(parent.closest('[lang]')?.getAttribute('lang') ?? 'en', { granularity: 'word' });
      for (const { segment, index } of segmenter.segment(node.data)) {
        if (!segment.trim()) continue;
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const rects = range.getClientRects();
        // A word split over two lines is measured as its parts would be drawn: skip it.
        if (rects.length !== 1) continue;
        const r = rects[0]!;
        const m = ctx.measureText(segment);
        const baseline = r.top + m.fontBoundingBoxAscent;
        const word = { text: segment, where: parent, baseline, left: r.left, right: r.right, top: baseline - m.actualBoundingBoxAscent, bottom: baseline + m.actualBoundingBoxDescent };
        if (box) {
          // Lines past the ellipsis are not drawn; a drawn line must be drawn whole.
          if (r.top >= box.bottom - 1) continue;
          if (word.top < box.top - 0.5 || word.bottom > box.bottom + 0.5) out.push(`${name(clip!)}: "${segment}" is cut off`);
        }
        words.push(word);
      }
    }
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        if (Math.abs(a.baseline - b.baseline) < 1) continue;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 0.5 && down > 0.5) out.push(`"${a.text}" (${name(a.where)}) and "${b.text}" (${name(b.where)}) overlap by ${down.toFixed(1)}px`);
      }
    }
    return [...new Set(out)].slice(0, 12);
  });
}

for (const lang of LANGS) {
  test(`the fullest ${lang} handout prints on one A4 page and one Letter page, no line cut off or colliding`, async ({ page, request }) => {
    const items = await longestItems(request, lang);
    await page.goto(`/${lang}/handout?items=${items.join(',')}&to=KR`);
    await waitForApp(page);
    await expect(page.locator('.handout-item')).toHaveCount(ITEMS);
    await expect(page.locator('.handout-qr .qr-code')).not.toHaveClass(/pending/);
    await page.evaluate(() => document.fonts.ready);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-hotlines .handout-tel').first()).toBeVisible();
    await expect(page.locator('.handout-qr .qr-code')).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      // Laid out as wide as the paper's printable area, so the boxes measured are the printed ones.
      const paper = PAPER[format];
      await page.setViewportSize({ width: printable(paper.width), height: printable(paper.height) });
      expect(await printProblems(page), `${lang} ${format}`).toEqual([]);
      expect(pdfPages(await page.pdf({ format })), `${lang} ${format}`).toBe(1);
    }
  });
}
