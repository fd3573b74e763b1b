import { useApp } from '../../app/context';

// Replaced by the hand-over implementation.
export function HandoutScreen() {
  const { t } = useApp();
  return <h1>{t('handout.title')}</h1>;
}
