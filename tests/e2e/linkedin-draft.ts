/** The LinkedIn feed fixture's post composer and the draft several end-to-end tests write in it. */
export const linkedinFeed = 'https://www.linkedin.com/feed/';
export const postComposerLabel = 'Text editor for creating content';
export const postComposer = `[aria-label="${postComposerLabel}"]`;
/** What the fixture's composer already holds. */
export const fixtureDraft =
  'Three things we learned moving our support team to a four-day week:\n\n' +
  '1. Measure response time, not hours online.\n' +
  '2. Write decisions down; a short note beats a meeting.\n' +
  '3. Protect the fifth day, or it quietly disappears.\n\n' +
  'Thanks to Giulia Bianchi for the numbers. What would you try first? #FutureOfWork';
/** Typed at its end: trips self-promotion, inappropriate and confidential rules. */
export const typed = ' Humbled to announce my new course: BUY NOW, this shit works. Call me at +39 347 123 4567.';
