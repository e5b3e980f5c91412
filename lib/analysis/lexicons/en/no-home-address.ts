/** Words that say an address is where a person lives, not where a business receives customers. */
export const homeCues: readonly string[] = [
  '(lives|living|lived|stays|staying|moved|moving|resides|residing) (at|on|to|in)',
  '(home|house|private|personal|residential) address( is|:)?',
  "(his|her|their|my|your|mum's|mom's|dad's|parents') (place|house|flat|apartment|home) (is )?(at|on|in)",
  '(find|visit|see) (him|her|them) at',
];

/** A street address: a house number, a name, a street type. */
export const streetAddress = "\\d{1,5}[a-z]?,? ([\\p{Lu}][\\p{L}'’.-]* ){1,3}(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|way|place|pl|boulevard|blvd|crescent|terrace|grove|square|sq|gardens|row|mews|hill)(?![\\p{L}])";
