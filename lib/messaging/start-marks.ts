/**
 * Performance marks the background sets in its own timeline (`performance.now()` counts from the
 * service worker's start): `bench:extension` reads them to split a cold start into the background's
 * steps. They cost nothing and carry no text.
 */
export const START_MARKS = {
  /** The background's script is evaluated: every module it imports has run. */
  evaluated: 'post-coach:evaluated',
  /** The analyser is built and has made its warm-up report (started at once, not at the first message). */
  warm: 'post-coach:warm',
  /** The first report on a draft is sent back. */
  firstReport: 'post-coach:first-report',
} as const;
