/** Words for a password; every disclosure below contains one. */
export const passwordNouns: readonly string[] = ['password', 'passcode', 'passphrase', 'passwd', 'pwd', 'pin'];

/** Phrases that hand out a password in prose; the value that follows them is checked separately. */
export const passwordDisclosures: readonly string[] = [
  `(the |my |our |your |new )?(wi-?fi |wifi |admin |root |account |login |email |server |database |db |guest |vpn )?(${passwordNouns.join('|')})( (for|to|of|on) (the |our |my |your )?[\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3})?( is| was| is still| will be| stays|:| =)`,
];
