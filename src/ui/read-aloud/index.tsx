/**
 * Read aloud with the phone's own voices (Web Speech API), for people who read with difficulty.
 * Only offered where the device has a voice for the language; otherwise the button says so,
 * rather than reading Sinhala with an English voice or failing silently.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context';

/** The best installed voice for a language: an exact match first, then any of the same language. */
export function voiceFor(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase();
  return (
    voices.find((v) => v.lang.toLowerCase() === base) ??
    voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) ??
    // Dari is written and voiced close to Persian; Android lists it as "fa".
    (base === 'prs' ? voices.find((v) => v.lang.toLowerCase().startsWith('fa')) : undefined)
  );
}

function useVoices(): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    if (!('speechSynthesis' in window)) {
      setVoices([]);
      return;
    }
    const update = () => setVoices(speechSynthesis.getVoices());
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    // Some browsers never fire voiceschanged when there are no voices at all.
    const timer = setTimeout(update, 1500);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      clearTimeout(timer);
    };
  }, []);
  return voices;
}

export function ReadAloud({ text, lang }: { text: () => string; lang?: string }) {
  const { t, lang: pageLang, interactive } = useApp();
  const voices = useVoices();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => void (speaking && speechSynthesis.cancel()), [speaking]);
  if (!interactive || voices === null) return null;
  const language = lang ?? pageLang;
  const voice = voiceFor(voices, language);
  if (!voice) {
    return (
      <p class="read-aloud no-voice hint" role="note">
        {t('readAloud.noVoice')}
      </p>
    );
  }
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="secondary read-aloud" aria-pressed={speaking} onClick={toggle}>
      {speaking ? t('readAloud.stop') : t('readAloud.play')}
    </button>
  );
}
