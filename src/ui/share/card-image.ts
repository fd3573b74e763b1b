/**
 * A picture of a message to post where links are not enough (Facebook groups, status updates):
 * the title and summary drawn on the device in the reader's script. Canvas text uses the phone's
 * own fonts and shaping, so Sinhala, Burmese or Urdu come out right.
 */
import { findLanguage } from '../../i18n/languages';

export interface CardContent {
  title: string;
  summary: string;
  helpline?: string;
  url: string;
  lang: string;
}

const WIDTH = 1080;
const HEIGHT = 1080;
const PAD = 80;

/** Breaks text into lines that fit `maxWidth`, at word boundaries in any script. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, lang: string): string[] {
  const words = 'Segmenter' in Intl ? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment) : text.split(/(\s+)/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line + word;
    if (line && ctx.measureText(next.trim()).width > maxWidth) {
      lines.push(line.trim());
      line = word.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

export function drawCard(canvas: HTMLCanvasElement, { title, summary, helpline, url, lang }: CardContent) {
  const meta = findLanguage(lang);
  const rtl = meta?.dir === 'rtl';
  const font = meta?.fontStack ?? 'sans-serif';
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  canvas.lang = lang;
  canvas.dir = rtl ? 'rtl' : 'ltr';
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#0d5c4a';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'top';
  const x = rtl ? WIDTH - PAD : PAD;
  let y = PAD;
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 68px ${font}`;
  for (const l of wrap(ctx, title, WIDTH - 2 * PAD, lang).slice(0, 5)) {
    ctx.fillText(l, x, y);
    y += 96;
  }
  y += 32;
  ctx.font = `44px ${font}`;
  ctx.fillStyle = '#e6f2ee';
  for (const l of wrap(ctx, summary, WIDTH - 2 * PAD, lang).slice(0, helpline ? 5 : 7)) {
    ctx.fillText(l, x, y);
    y += 68;
  }
  if (helpline) {
    // The number is what a reader of the picture needs most: large, on its own band.
    ctx.fillStyle = '#a4161a';
    ctx.fillRect(0, HEIGHT - PAD - 200, WIDTH, 120);
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold 60px ${font}`;
    ctx.fillText(helpline, x, HEIGHT - PAD - 170, WIDTH - 2 * PAD);
  }
  ctx.font = '36px system-ui, sans-serif';
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#ffffff';
  ctx.fillText(`SafeRoute · ${url}`, PAD, HEIGHT - PAD - 40, WIDTH - 2 * PAD);
}

/** Draws the card and offers it as a PNG download. */
export async function downloadCard(content: CardContent): Promise<void> {
  const canvas = document.createElement('canvas');
  await document.fonts?.ready;
  drawCard(canvas, content);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `saferoute-${content.lang}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
