import type { SpeechRule } from '../../../src/lib/text/rewrite/speech-rules';

/** A listener's rule as the dialog saves one: say "GIF" as "jif", unless `overrides` say else. */
export function speechRule(overrides: Partial<SpeechRule> = {}): SpeechRule {
  return {
    id: 'r1',
    find: 'GIF',
    say: 'jif',
    action: 'say',
    match: 'word',
    caseSensitive: false,
    lang: '',
    on: true,
    ...overrides,
  };
}
