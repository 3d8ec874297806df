import type { Key } from './driver';

/** WebDriver's code points for the named keys (WebDriver spec, "Keyboard actions"). */
const WEBDRIVER_KEYS: Readonly<Record<string, string>> = {
  Enter: '\uE007',
  Space: '\uE00D',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
};

/** The value WebDriver's key actions take for a journey's key. */
export function webdriverKey(key: Key): string {
  return WEBDRIVER_KEYS[key] ?? key;
}
