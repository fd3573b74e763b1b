/**
 * A link out of the app. Only https: pages are made clickable (DESIGN §3): a source that is only
 * known by a plain http: address is shown as text, so the reader can still see and type it, but
 * the app never sends them over an unencrypted connection with one tap.
 */
import type { ComponentChildren } from 'preact';

export function ExternalLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  if (!href.startsWith('https://')) {
    return (
      <span class={`plain-url ${className ?? ''}`}>
        {children} <bdi dir="ltr">({href})</bdi>
      </span>
    );
  }
  return (
    <a class={className} href={href} rel="noreferrer noopener" target="_blank">
      {children}
    </a>
  );
}
