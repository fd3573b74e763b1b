import { useApp } from '../context';
import { pathFor } from '../routes';

export function NotFound() {
  const { lang, t } = useApp();
  return (
    <>
      <h1>{t('status.notFound')}</h1>
      <p>
        <a href={pathFor({ name: 'home', lang })}>{t('nav.home')}</a>
      </p>
    </>
  );
}

export const NotFoundScreen = NotFound;
