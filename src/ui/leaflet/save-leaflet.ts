/**
 * "Save for sharing offline": the leaflet as a file, handed to the phone's share sheet (WhatsApp,
 * Bluetooth, Quick Share) where it takes files, downloaded otherwise. Loaded on the first tap.
 */
import type { TFunction } from 'i18next';
import type { Pack, PathwayEntry } from '../../content/pack';
import { loadPack } from '../../content/load-pack';
import { countryName } from '../../i18n/format';
import { deviceLeaflet } from './device-leaflet';
import { leafletDownloadName } from './leaflet-html';

function download(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function saveLeaflet(pack: Pack, pathway: PathwayEntry, appName: string): Promise<void> {
  // A page made interactive from its slice holds only what it shows; the leaflet needs more.
  const full = pack.slice ? await loadPack(pack.lang) : pack;
  const entry = full.pathways.find((p) => p.id === pathway.id) ?? pathway;
  const html = await deviceLeaflet(full, entry, { appOrigin: location.origin, built: new Date().toISOString().slice(0, 10) });
  const file = new File([html], leafletDownloadName(entry, full.lang), { type: 'text/html' });
  const title = `${appName}: ${countryName(entry.origin, full.lang)} → ${countryName(entry.destination, full.lang)}`;
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return;
    } catch (err) {
      // Closing the share sheet is a choice, not a failure.
      if ((err as DOMException).name === 'AbortError') return;
    }
  }
  download(file);
}

/** The button's tap: makes and hands over the file, or says beside the button that it could not. */
export async function saveFromButton(button: HTMLElement, pack: Pack, pathway: PathwayEntry, t: TFunction): Promise<void> {
  button.parentElement?.querySelector('.save-leaflet-failed')?.remove();
  try {
    await saveLeaflet(pack, pathway, t('app.name'));
  } catch {
    const note = document.createElement('span');
    note.className = 'save-leaflet-failed';
    note.setAttribute('role', 'alert');
    note.textContent = t('leaflet.failed');
    button.after(note);
  }
}
