/** A titled list of links to pathways, as shown on the home page and beside risk messages. */
import { useApp } from '../../app/context';
import { pathFor } from '../../app/routes';
import type { PathwayEntry } from '../../content/pack';

export function PathwayCards({ id, heading, pathways }: { id: string; heading: string; pathways: PathwayEntry[] }) {
  const { lang } = useApp();
  if (!pathways.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="card-list">
        {pathways.map((p) => (
          <li key={p.id} class="card">
            <a class="card-link" href={pathFor({ name: 'pathway', lang, id: p.id })} lang={p.fallback ? 'en' : undefined}>
              <span class="card-title">{p.text.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
