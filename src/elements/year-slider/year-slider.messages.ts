import type { Messages } from '../../i18n/messages.ts';

export const YEAR_SLIDER_MESSAGES: Messages<'year' | 'edition' | 'editionKey' | 'play' | 'pause' | 'speed' | 'perYear'> = {
  id: {
    year: 'Tahun',
    edition: 'edisi Paritrana Award',
    editionKey: 'edisi Paritrana Award',
    play: 'Putar',
    pause: 'Jeda',
    speed: 'Kecepatan',
    perYear: '{seconds} dtk/tahun',
  },
  en: {
    year: 'Year',
    edition: 'Paritrana Award edition',
    editionKey: 'Paritrana Award edition',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    perYear: '{seconds} s/year',
  },
};
