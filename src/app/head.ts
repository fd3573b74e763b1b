/** Keeps the document head in step with the page when the offline shell renders it in the browser. */
export function setHead(title: string, description: string): void {
  if (document.title !== title) document.title = title;
  const set = (selector: string, value: string) => {
    const el = document.querySelector<HTMLMetaElement>(selector);
    if (el && el.content !== value) el.content = value;
  };
  set('meta[name="description"]', description);
  set('meta[property="og:title"]', title);
  set('meta[property="og:description"]', description);
}
