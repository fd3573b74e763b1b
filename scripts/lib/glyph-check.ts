/**
 * Whether a drawn page shows boxes instead of letters. A font list can look right and still
 * leave a letter to no font at all (fontconfig says a family covers a script, but not this
 * one vowel sign); Chromium then draws the "missing glyph" box. So each distinct character of
 * the page's text is drawn alone, in the font its element uses, and compared pixel for pixel
 * with a character that no font has: where the two pictures are the same, the reader sees a box.
 */
import type { Page } from '@playwright/test';

/** A private-use code point on plane 16: no font a build machine has will draw it. */
export const NO_FONT_HAS = '\u{10FFFD}';

/**
 * Runs in the page. Kept as source text: the build's TypeScript loader wraps named functions
 * in a helper that does not exist inside the page.
 */
const IN_PAGE = `(([sel, reference]) => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 96;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  function picture(text, font) {
    ctx.clearRect(0, 0, 96, 96);
    ctx.font = font;
    ctx.fillText(text, 16, 64);
    return ctx.getImageData(0, 0, 96, 96).data.join();
  }
  const boxed = new Set();
  const walker = document.createTreeWalker(document.querySelector(sel) || document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const style = getComputedStyle(node.parentElement);
    const font = style.fontStyle + ' ' + style.fontWeight + ' 48px ' + style.fontFamily;
    const box = picture(reference, font);
    // Letters, marks, digits, punctuation and symbols; spaces and joiners draw nothing anyway.
    for (const ch of new Set(node.textContent.match(/[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Co}]/gu) || [])) {
      if (picture(ch, font) === box) boxed.add(ch);
    }
  }
  return [...boxed];
})`;

/** The characters of the page's text (in `selector`) that come out as the missing-glyph box. */
export async function boxedCharacters(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate(`${IN_PAGE}(${JSON.stringify([selector, NO_FONT_HAS])})`) as Promise<string[]>;
}

/** "U+0DCA ්" for a message an editor can search for. */
export const describeCharacter = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${ch}`;
