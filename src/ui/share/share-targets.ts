/**
 * Where a page can be shared when the phone has no Web Share API. Each target is an ordinary
 * link the person taps; nothing is sent anywhere until they do.
 */

import { shareText } from './sms';

export interface ShareContent {
  title: string;
  /** At most 160 characters (checked by the content check). */
  summary: string;
  /** "Help: 1989": the helpline that works from where the sharer is, when there is one. */
  helpline?: string;
  url: string;
}

export type ShareTarget = 'whatsapp' | 'viber' | 'telegram' | 'facebook' | 'sms';

/** The text of a message: summary (or title), helpline and link, in at most two SMS parts. */
export function smsText(content: ShareContent): string {
  return shareText(content);
}

export function shareLink(target: ShareTarget, content: ShareContent): string {
  const text = encodeURIComponent(smsText(content));
  const url = encodeURIComponent(content.url);
  switch (target) {
    case 'whatsapp':
      return `https://wa.me/?text=${text}`;
    case 'viber':
      return `viber://forward?text=${text}`;
    case 'telegram':
      return `https://t.me/share/url?url=${url}&text=${encodeURIComponent(shareText({ ...content, url: '' }).trim())}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'sms':
      // "?&body=" is read correctly by both Android and iOS messaging apps.
      return `sms:?&body=${text}`;
  }
}
