import { speechLogInitScript } from '../../e2e/support/speech-log';

/** What the hooks keep in the page, for `journey-page.ts` to read. */
export interface PageRecord {
  /** Paragraph indexes in the order they became the reading position. */
  visited: number[];
  /** Uncaught errors and unhandled rejections, as messages. */
  errors: string[];
  /** `--bg` on <html> at the moment <body> was first made: the look before the first paint. */
  firstBackground: string | null;
  /** The Media Session actions the app handles (the handlers themselves stay in the page). */
  mediaActions: string[];
}

/** Engine faults a journey can ask for, as Safari and other engines have them. */
export interface SpeechTraps {
  /** The next this-many utterances never tell the page they ended. */
  swallowEnds: number;
}

/** Set before a reload: the page's voices arrive only when the journey says so. */
export const LATE_VOICES_KEY = '__journeyLateVoices';

declare global {
  interface Window {
    __journey?: PageRecord;
    __speechTraps?: SpeechTraps;
    /** With LATE_VOICES_KEY set: lists the voices and fires voiceschanged. */
    __releaseVoices?: () => void;
    __mediaHandlers?: Record<string, (details: { action: string }) => void>;
  }
}

/**
 * Runs in the page before the app (see journey-server.ts), or after load where the page was
 * served without it (offline). Idempotent. Records what a journey checks and cannot see from
 * outside: which paragraphs became current, errors, the first paint's look, and the Media
 * Session handlers, which a lock screen would call.
 */
export function pageHooks(): void {
  if (window.__journey) return;
  const record: PageRecord = { visited: [], errors: [], firstBackground: null, mediaActions: [] };
  window.__journey = record;
  const early = document.body === null;

  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    record.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );

  const readBackground = () => document.documentElement.style.getPropertyValue('--bg').trim();
  if (early) {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      record.firstBackground = readBackground();
    }).observe(document, { childList: true, subtree: true });
  }

  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const element = mutation.target as HTMLElement;
      if (element.getAttribute('aria-current') !== 'true') continue;
      const index = Number(element.dataset.paragraph);
      if (record.visited.at(-1) !== index) record.visited.push(index);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });

  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (synth) {
    const traps: SpeechTraps = { swallowEnds: 0 };
    window.__speechTraps = traps;
    const speak = synth.speak.bind(synth);
    synth.speak = (utterance: SpeechSynthesisUtterance) => {
      if (traps.swallowEnds > 0 && utterance.text.trim() !== '') {
        traps.swallowEnds -= 1;
        // The engine ends it, but the page never hears so (as with Safari's lost `end`).
        utterance.onend = null;
      }
      speak(utterance);
    };
    // The key is written by the journey, so it is read under the same literal here.
    if (localStorage.getItem('__journeyLateVoices') !== null) {
      localStorage.removeItem('__journeyLateVoices');
      const getVoices = synth.getVoices.bind(synth);
      synth.getVoices = () => [];
      window.__releaseVoices = () => {
        synth.getVoices = getVoices;
        synth.dispatchEvent(new Event('voiceschanged'));
      };
    }
  }

  if (typeof MediaSession === 'function') {
    const handlers: Record<string, (details: { action: string }) => void> = {};
    window.__mediaHandlers = handlers;
    const { setActionHandler } = MediaSession.prototype;
    MediaSession.prototype.setActionHandler = function (action, handler) {
      // First the engine: an action it does not know throws, and is then not recorded.
      setActionHandler.call(this, action, handler);
      if (handler) {
        handlers[action] = handler as (details: { action: string }) => void;
        if (!record.mediaActions.includes(action)) record.mediaActions.push(action);
      } else {
        delete handlers[action];
        record.mediaActions = record.mediaActions.filter((known) => known !== action);
      }
    };
  }
}

/** The hooks as a classic script, served in the page's head or run after load. */
// Under tsx (the benchmarks), esbuild keeps function names by wrapping them in calls to its
// `__name` helper, which page functions then carry into a page that has none: it is given one
// here that leaves the function as it is.
const NAME_HELPER = 'var __name = globalThis.__name || function (target) { return target; };\n';
export const PAGE_HOOKS_SCRIPT = `${NAME_HELPER}(${speechLogInitScript.toString()})();\n(${pageHooks.toString()})();\n`;
