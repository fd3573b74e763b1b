import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Screenshots a rendered QR code and decodes it, as a phone camera would. */
export async function decodeQr(element: Locator): Promise<string | undefined> {
  // Centre it, clear of the fixed helpline bar at the bottom of the screen.
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}
