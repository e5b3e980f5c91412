/** Words for a password; every disclosure below contains one. */
export const passwordNouns: readonly string[] = ['password', 'passcode', 'passphrase', 'passwd', 'pwd', 'pin'];

/** Phrases that hand out a password in prose; the value that follows them is checked separately. */
export const passwordDisclosures: readonly string[] = [
  `(the |my |our |your |new )?(wi-?fi |wifi |admin |root |account |login |email |server |database |db |guest |vpn )?(${passwordNouns.join('|')})( (for|to|of|on) (the |our |my |your )?[\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3})?( is| was| is still| will be| stays|:| =)`,
];

/** Words for a login; a login followed by "name / value" hands out the password after the slash. */
export const loginNouns: readonly string[] = ['login', 'logins', 'credentials', 'creds', 'username', 'user name', 'user'];

/** "login is admin / Spring2026", "credentials: ops, password Tr33top!": the value after the user name is the password. */
export const loginDisclosures: readonly string[] = [
  `(the |my |our |your |new )?(admin |root |guest |wifi |wi-fi |vpn |server |portal |shared )?(${loginNouns.join('|')})( (for|to|of|on) (the |our |my |your )?[\\p{L}\\d-]+)?( is| are|:| =)? [^\\s/,;]{1,40}( ?/ ?|,? (and |with )?(the )?(password|pass|pwd|pw)( is|:)? )`,
];
