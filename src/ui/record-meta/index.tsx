/** Where a record's facts come from and when they were last checked: shown on every record. */
import { useApp } from '../../app/context';
import { isStale } from '../../content/staleness';
import { formatDate } from '../../i18n/format';
import { Icon } from '../icon';
import { ExternalLink } from '../external-link';

export function UnverifiedNotice({ status }: { status: string }) {
  const { t } = useApp();
  if (status === 'unverified') return <p class="notice warning"><Icon name="warning" /> {t('record.unverified')}</p>;
  if (status === 'inactive') return <p class="notice warning"><Icon name="warning" /> {t('service.status.inactive')}</p>;
  return null;
}

export function RecordMeta({ sources, lastVerified }: { sources: string[]; lastVerified: string }) {
  const { pack, t, lang } = useApp();
  return (
    <section class="record-meta" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('record.sources')}</h2>
      <ul>
        {sources.map((id) => {
          const s = pack.sources[id];
          if (!s) return null;
          return (
            <li key={id} lang="en" dir="ltr">
              {s.url ? (
                <ExternalLink href={s.url}>{s.title}</ExternalLink>
              ) : (
                <span>{s.title}</span>
              )}{' '}
              <span class="seen">({s.seen})</span>
              {s.confidence === 'unconfirmed' && <span class="tag warning">?</span>}
            </li>
          );
        })}
      </ul>
      <p class="last-checked">{t('record.lastChecked', { date: formatDate(lastVerified, lang) })}</p>
      {isStale(lastVerified, pack.builtOn) && (
        <p class="notice warning">
          <Icon name="warning" /> {t('record.stale')}
        </p>
      )}
    </section>
  );
}
