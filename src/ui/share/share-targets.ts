/**
 * Where a page can be shared when the phone has no Web Share API. Each target is an ordinary
 * link the person taps; nothing is sent anywhere until they do.
 */

export interface ShareContent {
  title: string;
  /** At most 160 characters (checked by the content check), so summary + link fits one SMS thought. */
  summary: string;
  url: string;
}

export type ShareTarget = 'whatsapp' | 'viber' | 'telegram' | 'facebook' | 'sms';

/** The text of an SMS: the summary, then the link on its own line. */
export function smsText({ summary, url }: ShareContent): string {
  return `${summary}\n${url}`;
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
      return `https://t.me/share/url?url=${url}&text=${encodeURIComponent(content.summary)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'sms':
      // "?&body=" is read correctly by both Android and iOS messaging apps.
      return `sms:?&body=${text}`;
  }
}
