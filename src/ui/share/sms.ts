/**
 * How many SMS parts a text costs. A message in the GSM-7 alphabet fits 160 characters, then
 * 153 a part; one character outside it (any Sinhala, Thai or Urdu letter) makes the whole
 * message UCS-2: 70 characters, then 67 a part. Prepaid users pay per part.
 */
const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters that cost two septets (an escape, then the character). */
const GSM7_EXTENSION = '^{}\\[~]|€\f';

export function smsParts(text: string): number {
  let septets = 0;
  for (const ch of text) {
    if (GSM7.includes(ch)) septets += 1;
    else if (GSM7_EXTENSION.includes(ch)) septets += 2;
    else return ucs2Parts(text);
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153);
}

function ucs2Parts(text: string): number {
  const units = text.length; // UTF-16 code units, as UCS-2 counts them
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

export const MAX_SMS_PARTS = 2;

export interface ShareTextParts {
  title: string;
  summary: string;
  /** "Help: 1989", the helpline that works from where the sharer is, if there is one. */
  helpline?: string;
  url: string;
}

/**
 * The text to share: the summary, the helpline and the link when that fits two SMS parts;
 * otherwise the shorter title in place of the summary; the link is never dropped.
 */
export function shareText({ title, summary, helpline, url }: ShareTextParts): string {
  const join = (...lines: (string | undefined)[]) => lines.filter(Boolean).join('\n');
  const candidates = [join(summary, helpline, url), join(title, helpline, url), join(title, url)];
  return candidates.find((c) => smsParts(c) <= MAX_SMS_PARTS) ?? candidates[candidates.length - 1]!;
}
