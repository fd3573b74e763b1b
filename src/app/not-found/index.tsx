import { useApp } from '../context';

export function NotFound() {
  const { lang, t } = useApp();
  return (
    <>
      <h1>{t('status.notFound')}</h1>
      <p>
        <a href={`/${lang}/`}>{t('nav.home')}</a>
      </p>
    </>
  );
}

export const NotFoundScreen = NotFound;
