/** One screening question on its own screen, asked in both languages. */
import { corridorCountries } from '../../../content/corridor';
import { countryName } from '../../../i18n/format';
import { Both, bothPlain, type Voices } from '../bilingual';
import { CHOICE_QUESTIONS, QUESTION_IDS, type Answers, type QuestionId } from '../questions';

interface Props {
  v: Voices;
  index: number;
  answers: Answers;
  origin?: string;
  onAnswer: (next: Answers) => void;
  onBack: () => void;
  onNext: () => void;
}

function DestinationSelect({ v, answers, origin, onAnswer }: Pick<Props, 'v' | 'answers' | 'origin' | 'onAnswer'>) {
  const { traveller, counsellor } = v;
  const name = (c: string) => bothPlain(countryName(c, traveller.lang), countryName(c, counsellor.lang));
  const countries = corridorCountries(traveller.pack)
    .destinations.filter((c) => c !== origin)
    .sort((a, b) => countryName(a, counsellor.lang).localeCompare(countryName(b, counsellor.lang), counsellor.lang));
  return (
    <select
      id="answer-destination"
      class="destination-select"
      aria-labelledby="step-heading"
      value={answers.destination ?? ''}
      onChange={(e) => onAnswer({ ...answers, destination: e.currentTarget.value || undefined })}
    >
      <option value="">{bothPlain(traveller.t('home.anyCountry'), counsellor.t('home.anyCountry'))}</option>
      {countries.map((c) => (
        <option key={c} value={c}>
          {name(c)}
        </option>
      ))}
    </select>
  );
}

export function QuestionStep({ v, index, answers, origin, onAnswer, onBack, onNext }: Props) {
  const id: QuestionId = QUESTION_IDS[index]!;
  const t = v.counsellor.t;
  return (
    <section class="question" aria-labelledby="step-heading">
      <p class="step-count">{t('counsellor.step', { current: index + 1, total: QUESTION_IDS.length })}</p>
      {id === 'destination' ? (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            <Both v={v} k="question.destination" />
          </h2>
          <DestinationSelect v={v} answers={answers} origin={origin} onAnswer={onAnswer} />
        </>
      ) : (
        <fieldset class="answers">
          <legend>
            <h2 id="step-heading" tabIndex={-1}>
              <Both v={v} k={`question.${id}`} />
            </h2>
          </legend>
          {CHOICE_QUESTIONS[id].map((option) => (
            <label key={option} class="answer">
              <input
                type="radio"
                name={`answer-${id}`}
                value={option}
                checked={answers[id] === option}
                onChange={() => onAnswer({ ...answers, [id]: option })}
              />
              <Both v={v} k={`answer.${id}.${option}`} />
            </label>
          ))}
        </fieldset>
      )}
      <p class="step-nav">
        <button type="button" class="secondary" onClick={onBack}>
          {t('counsellor.back')}
        </button>
        <button type="button" onClick={onNext}>
          {t('counsellor.next')}
        </button>
      </p>
    </section>
  );
}
