/** Once the traveller's language is loaded: where they come from (usually their language's country), then start. */
import { corridorCountries } from '../../../content/corridor';
import { countryName } from '../../../i18n/format';
import { Both, bothPlain, type Voices } from '../bilingual';

interface Props {
  v: Voices;
  origin?: string;
  onOrigin: (country: string | undefined) => void;
  onStart: () => void;
}

export function StartCard({ v, origin, onOrigin, onStart }: Props) {
  const { traveller, counsellor } = v;
  const origins = corridorCountries(traveller.pack).origins.sort((a, b) =>
    countryName(a, counsellor.lang).localeCompare(countryName(b, counsellor.lang), counsellor.lang),
  );
  return (
    <section class="start card" aria-labelledby="origin-label">
      <label id="origin-label" for="origin-select">
        <Both v={v} k="home.from" />
      </label>
      <select id="origin-select" value={origin ?? ''} onChange={(e) => onOrigin(e.currentTarget.value || undefined)}>
        <option value="">{bothPlain(traveller.t('home.anyCountry'), counsellor.t('home.anyCountry'))}</option>
        {origins.map((c) => (
          <option key={c} value={c}>
            {bothPlain(countryName(c, traveller.lang), countryName(c, counsellor.lang))}
          </option>
        ))}
      </select>
      <p>
        <button type="button" class="big start-button" onClick={onStart}>
          {counsellor.t('counsellor.start')}
        </button>
      </p>
    </section>
  );
}
