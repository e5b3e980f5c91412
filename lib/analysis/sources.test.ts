import { describe, expect, it } from 'vitest';
import { citesSource, hasCitation } from './sources';

describe('citesSource', () => {
  it.each([
    ['See https://example.org/report for the numbers.', 'en'],
    ['Read it at example.com/guide', 'en'],
    ['Remote teams ship faster (Forsgren et al., 2018).', 'en'],
    ["Gallup's State of the Global Workplace puts the gap at 3.6x.", 'en'],
    ['According to Eurostat, 42% of firms use cloud services.', 'en'],
    ['A 2022 pilot by Autonomy found the same.', 'en'],
    ['Lo dice il rapporto Censis sul lavoro.', 'it'],
    ['Secondo Banca d’Italia il credito è in calo.', 'it'],
    ['Una meta-analisi pubblicata su PLOS ONE lo conferma.', 'it'],
  ] as const)('finds a source in %j', (text, language) => {
    expect(citesSource(text, language)).toBe(true);
  });

  it.each([
    ['Studies show remote workers are lazy.', 'en'],
    ['Who knows what the research says?', 'en'],
    ['Secondo me gli studi dimostrano il contrario.', 'it'],
    ['Tutti sanno che il lunedì è il giorno peggiore.', 'it'],
    ['Scrivete a press@example.com/ per le interviste.', 'it'],
  ] as const)('finds no source in %j', (text, language) => {
    expect(citesSource(text, language)).toBe(false);
  });
});

describe('hasCitation', () => {
  it('counts links and references, not a company named in passing', () => {
    expect(hasCitation('Marco joins us from Deloitte.', 'en')).toBe(false);
    expect(citesSource('Marco joins us from Deloitte.', 'en')).toBe(true);
    expect(hasCitation('Sleep and code review (Fucci et al., 2018).', 'en')).toBe(true);
    expect(hasCitation('Il rapporto è su https://example.it/rapporto', 'it')).toBe(true);
  });
});
