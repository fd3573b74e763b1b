import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers here, so tests drive the system Chromium.
 * CHROMIUM_PATH overrides; otherwise Debian's /usr/bin/chromium (apt-get install chromium).
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
