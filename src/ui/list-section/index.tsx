/** A headed list of plain-text items (warning signs, steps to take, documents, fees). Nothing when empty. */
export function ListSection({
  id,
  heading,
  items,
  ordered = false,
  class: className,
}: {
  id: string;
  heading: string;
  items: string[];
  ordered?: boolean;
  class?: string;
}) {
  if (!items.length) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section class={className} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <List>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </List>
    </section>
  );
}
