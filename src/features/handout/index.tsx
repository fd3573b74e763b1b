/**
 * /{lang}/handout?items=…&to=KR — the page a traveller opens from the counsellor's QR code, and
 * the sheet printed for them. It reads only the query string and the pack, so once opened it
 * works offline like every other page of the language.
 */
import { useApp } from '../../app/context';
import { countryParam, parseItems } from '../../ui/handout/items';
import { HandoutSheet } from '../../ui/handout/sheet';

export function HandoutScreen() {
  const { pack, t, query, interactive } = useApp();
  return (
    <HandoutSheet
      pack={pack}
      t={t}
      refs={parseItems(query.get('items'))}
      to={countryParam(query.get('to'))}
      from={countryParam(query.get('from'))}
      url={interactive ? location.href : undefined}
      host={interactive ? location.host : undefined}
    >
      {interactive && (
        <p class="handout-actions">
          <button type="button" class="secondary" onClick={() => print()}>
            {t('counsellor.print')}
          </button>
        </p>
      )}
    </HandoutSheet>
  );
}
