import type { Messages } from '../../i18n/messages.ts';

export const YEAR_SLIDER_MESSAGES: Messages<'year' | 'judgedBy' | 'editionKey' | 'play' | 'pause' | 'speed' | 'perYear'> = {
  id: {
    year: 'Tahun',
    judgedBy: 'dinilai pada Paritrana Award {edition}',
    editionKey: 'tahun yang dinilai Paritrana Award',
    play: 'Putar',
    pause: 'Jeda',
    speed: 'Kecepatan',
    perYear: '{seconds} dtk/tahun',
  },
  en: {
    year: 'Year',
    judgedBy: 'judged in the Paritrana Award {edition}',
    editionKey: 'year judged by a Paritrana Award',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    perYear: '{seconds} s/year',
  },
};
