/**
 * Mailboxes an organisation publishes on purpose: "press@", "careers.emea@". Matched against the first
 * part of the address (before any ".", "-", "_" or "+").
 */
export const roleMailboxes: readonly string[] = [
  'abuse', 'accessibility', 'accounts', 'admin', 'ads', 'advertising', 'affiliates', 'billing', 'booking',
  'bookings', 'career', 'careers', 'community', 'compliance', 'contact', 'contacts', 'contactus', 'customercare',
  'customerservice', 'donotreply', 'dpo', 'editor', 'editors', 'enquiries', 'events', 'feedback', 'finance',
  'gdpr', 'git', 'hello', 'help', 'helpdesk', 'hi', 'hiring', 'hr', 'info', 'information', 'investors', 'ir',
  'jobs', 'legal', 'mailer', 'marketing', 'media', 'news', 'newsletter', 'noreply', 'notifications', 'office',
  'orders', 'partners', 'partnerships', 'people', 'postmaster', 'pr', 'press', 'privacy', 'recruiting',
  'recruitment', 'reservations', 'sales', 'security', 'service', 'shop', 'social', 'sponsorship', 'store',
  'support', 'talent', 'team', 'tickets', 'volunteer', 'volunteers', 'donations', 'membership', 'members',
  'webmaster', 'welcome',
];

/**
 * Addresses that stand for "someone" in examples and templates: the whole local part, without its dots,
 * dashes and underscores. Any address starting with "your" is one too.
 */
export const placeholderMailboxes: readonly string[] = [
  'you', 'name', 'firstlast', 'firstnamelastname', 'namesurname', 'johndoe', 'janedoe', 'johnsmith', 'user',
  'username', 'email', 'someone', 'somebody', 'test', 'foo', 'foobar',
];

/** Words just before a number that say it is a person's own phone number. */
export const personalPhoneCues: readonly string[] = [
  '(call|text|ring|whatsapp) (me|her|him|them)( at| on)?', '(my|his|her|their) (phone |mobile |cell )?number( is)?',
  'reach (me|him|her) (at|on)', 'my (phone|mobile|cell)( is)?',
];

/** Labels just before a number that say it is a phone number, whoever it belongs to. */
export const phoneLabels: readonly string[] = ['tel', 'tel\\.', 'phone', 'ph\\.', 'mobile', 'cell', 'cellphone', 'fax', 'whatsapp'];

/**
 * Words on the same line as a number that make it one a business publishes so people call it: not a
 * person's number (unless a personal cue stands right before it).
 */
export const publicPhoneCues: readonly string[] = [
  'call us', 'give us a (call|ring)', 'contact (us|our)', 'customer (service|care|support)', 'support line', 'helpline',
  'hotline', 'switchboard', 'toll[- ]free', 'freephone', 'reception', 'front desk', 'box office', 'emergency',
  'press office', 'our (new )?(office|store|shop|studio|clinic|restaurant|number|hq|headquarters)', 'headquarters',
  'address', 'bookings?( line)?', 'reservations?', 'open 24/7', 'opening hours', 'book (now|online|a table|your)',
  'spa', 'salon', 'massage', 'restaurant', 'takeaway', 'pizzeria', 'hotel', 'clinic', 'pharmacy', 'delivery',
  // Public services and opening times: a number published for anyone to call.
  'council', 'library', 'hospital', 'surgery', 'school office', 'team (can|will) help', '(mon|monday)\\s?[–-]\\s?(fri|friday|sat|saturday)',
  '\\d{1,2}(am|pm)?\\s?[–-]\\s?\\d{1,2}(am|pm)', 'open (daily|every day|weekdays)', '24 hours',
];

/**
 * A call to the reader right before a number ("Call 0803…", "ring Declan on…", "give us a bell on…"):
 * in a line written in a business's voice (see `businessVoice`), the number is the business's line.
 */
export const publicCallCues: readonly string[] = [
  'call', 'ring', 'text', 'dial', 'whatsapp', 'message', 'give us a (call|ring|buzz|bell|shout)',
];

/** Words of a business speaking to customers: "we", "our", an offer or a price. */
export const businessVoice: readonly string[] = [
  'we', "we're", "we'll", "we've", 'our', 'us', 'free', 'quote', 'offer', 'deal', 'discount', 'prices?', 'rates?',
  'book( now| today)?', 'slots?', '\\d+ ?% off',
];

/** Words before a long number that say it is not a phone number. */
export const notPhoneCues: readonly string[] = [
  'order', 'invoice', 'ref', 'reference', 'ticket', 'tracking', 'id', 'no\\.', 'nr\\.?', '#', 'account',
  'case', 'code', 'serial', 'isbn', 'lot', 'batch', 'policy', 'claim', 'iban', 'vat', 'sku', 'part',
];

/** Words after a number that make it a quantity. */
export const quantityUnits: readonly string[] = [
  '€', '\\$', '£', '%', 'eur', 'euros?', 'usd', 'dollars?', 'followers?', 'views', 'users', 'people',
  'subscribers', 'downloads', 'copies', 'likes', 'impressions', 'times', 'words', 'characters', 'steps',
  'km', 'kg', 'mb', 'gb', 'tb', 'bytes', 'px', 'ms', 'years',
];

/** Words around a card number that say it is a documented test number, not someone's card. */
export const testCardCues: readonly string[] = [
  'test', 'testing', 'test card', 'test mode', 'sandbox', 'dummy', 'fake', 'sample', 'example',
];

/** Labels before an Italian VAT number (partita IVA). */
export const vatLabels: readonly string[] = ['vat( number| no\\.?| id| reg\\.?| registration)?'];

/** Legal forms of a company: a VAT number next to one is the company's, published by law. */
export const companyForms: readonly string[] = ['ltd', 'inc', 'llc', 'plc', 'gmbh', 'corp\\.?', 'limited'];
