/**
 * The `xliff` package reads and writes units, sources, targets and notes, but drops the
 * `state` attribute of `<segment>`, which is where XLIFF 2.0 keeps review progress and what
 * CAT tools and Weblate set. These two functions add it on the way out and read it on the way in,
 * over the same xml-js tree the package itself uses.
 */
import { js2xml, xml2js, type Element } from 'xml-js';

const children = (el: Element, name: string) => (el.elements ?? []).filter((e) => e.type === 'element' && e.name === name);

/** Every segment in the document, with its file id and unit id. */
function* segments(doc: Element): Generator<{ file: string; unit: string; segment: Element }> {
  for (const root of children(doc, 'xliff'))
    for (const file of children(root, 'file'))
      for (const unit of children(file, 'unit'))
        for (const segment of children(unit, 'segment')) yield { file: String(file.attributes?.id ?? ''), unit: String(unit.attributes?.id ?? ''), segment };
}

/** Sets `state` on each unit's segment; `states` is keyed by unit id. */
export function withSegmentStates(xml: string, states: ReadonlyMap<string, string>, indent = '  '): string {
  const doc = xml2js(xml, { compact: false }) as Element;
  for (const { unit, segment } of segments(doc)) {
    const state = states.get(unit);
    if (state) segment.attributes = { ...segment.attributes, state };
  }
  return js2xml(doc, { spaces: indent });
}

/** The `state` of each unit's (first) segment, keyed by unit id; XLIFF's default is "initial". */
export function readSegmentStates(xml: string): Map<string, string> {
  const doc = xml2js(xml, { compact: false }) as Element;
  const states = new Map<string, string>();
  for (const { unit, segment } of segments(doc)) if (!states.has(unit)) states.set(unit, String(segment.attributes?.state ?? 'initial'));
  return states;
}
