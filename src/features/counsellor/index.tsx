import { useApp } from '../../app/context';

// Replaced by the counsellor-mode implementation.
export function CounsellorScreen() {
  const { t } = useApp();
  return <h1>{t('counsellor.title')}</h1>;
}
