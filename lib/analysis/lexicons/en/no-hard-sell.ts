/**
 * Hard-sell calls to action, by the kind of pressure they put on the reader.
 * Entries marked "imperative" in the rule only count at the start of a clause ("DM me for prices",
 * not "people DM me all the time").
 */

const subscribe = '(subscribe|subcribe|sub)';
const channel = "(channel|channels|page|profile|account|feed|stream|vlog|youtube|yt|twitch|tiktok|instagram|insta|soundcloud|onlyfans)";
const ownStuff =
  "(channel|page|profile|account|stream|videos?|vids?|music|songs?|tracks?|beats?|raps?|mixtape|album|ep|stuff|playlist|remix|remixes|covers?|shop|store|website|site|collection|merch|app|youtube|instagram|insta|tiktok|soundcloud|twitch|onlyfans)";
const check = '(check|checked|chek|checkout|checking)';

export const hardSell = {
  /** Pressure to buy now. */
  buyNow: {
    imperative: [
      '(buy|order|shop|purchase|grab|claim|book|download|install|get) (yours|it|one|them|your (copy|spot|seat|ticket|tickets|pack|bundle|box)) (now|today|right now|asap|here|while (you|it|they|stocks?|supplies) (can|lasts?))',
      '(buy|order|purchase|download|install)( \\p{L}+){1,3}? (for free )?(now|today|right now)',
      '(buy|order|grab) (it|one|yours|them) (here|at|on|from|via)',
      // Not "buy now, pay later", the payment scheme.
      '(buy|order|shop|purchase|book|download|install) (now|today|right now|asap)(?![,\\s]*pay later)',
      "(get|grab) yours (before|while) (it's|they're|they are|it is|stocks?|supplies)",
    ],
    anywhere: [
      '(limited|exclusive)[- ](time )?(offer|deal|discount|sale),? (act|order|buy|shop|hurry)',
      '(act now|hurry)[,!]? (only|offer|limited|before|while|stocks?|supplies|the (offer|sale|deal|discount))',
      'limited[- ]time (offer|deal|discount)',
      'while (stocks|supplies) last',
      '(only|just) \\d+ (left|pieces left|spots left|units left|in stock)',
      '(offer|sale|deal|discount|promo|price) (ends|expires) (today|tonight|at midnight|soon|this (week|weekend|sunday|friday))',
      'today only',
      // Scarcity: places or stock running out, prices rising at a set hour.
      '(only|just|last) (a (few|handful( of)?)|\\d+|two|three|four|five|a couple( of)?) (seats|spots|places|tickets|rooms|tables|slots|copies|units|pieces) (left|remain|remaining|available)',
      '(seats|spots|places|tickets|slots) are (almost |nearly )?(gone|sold out|running out|filling up fast)',
      'price (doubles|goes up|increases|rises|jumps) (at|after|tomorrow|tonight|on|from|at midnight|next)',
      '(offer|deal|discount|price|registration) (ends|closes|expires) (at midnight|tonight|in \\d+ hours)',
      "last chance to (buy|order|grab|get|save)",
      "(don't|do not) miss (out on )?(this|our|my) (offer|deal|sale|discount|bundle)",
      'make (lots of |a lot of |real |easy |extra |big )?money (online|fast|from home|quickly|easily|from your (phone|couch))',
      'get paid (up\\s?to|to mess|\\$\\s?\\d)',
      'earn (up to )?\\$\\s?\\d+',
      'work from (the comfort of )?(your )?home',
    ],
  },
  /** Moving the sale into private messages. */
  dmMe: {
    imperative: [
      '(dm|pm|inbox|message) me',
      '(dm|pm|inbox|message) us (for|to|with) (pricing|prices|rates|info|details|more details|a quote|orders?|order|book|buy|a booking)',
      'send (me|us) a (dm|pm|message|direct message|private message) (for|to) (pricing|prices|rates|info|details|a quote|orders?|order|book|buy)',
      'send me a (dm|pm|direct message|private message)',
      'slide into my dms',
      '(contact|email|call) (me|us) (for|to get) (more )?(info|information|details|pricing|prices|rates|a quote|orders?)',
      'for (more )?(info|information|details|pricing|prices|rates|orders?) (contact|dm|message|pm|email|text|whatsapp|inbox) me',
    ],
    anywhere: [],
  },
  /** Asking for follows, subscriptions, visits and clicks to one's own channel. */
  followMe: {
    imperative: [
      // Not "subscribe to the idea" or "subscribe to a newsletter someone else writes".
      `(subscribe|subcribe)(?! (to )?(the|a|an|this|that|his|her|their|its|these|those)(?![\\p{L}\\p{N}_]))`,
      `${subscribe} (to )?(me|my|our|mine)( \\w+){0,3}? ${channel}`,
      `${subscribe} (to )?me`,
      `${check}( out)? ((some|one|a few|any|all) of )?(my|our|me)( \\w+){0,2}? ${ownStuff}`,
      `${check} (my|our)( \\w+){0,2}? ${ownStuff} out`,
      `${check}( out)? (this|the|his|her|their)( \\w+)? (channel|chanel|mixtape|remix|playlist)`,
      `(check|chek|chck|watch|see|listen to)( out)?( \\S+){0,6}? (on|in|at) (my|our) ${ownStuff}`,
      'check me out',
      `(visit|go to|head (over )?to|come to|stop by|take a look at|have a look at|look at|see|watch|listen to|like) (my|our)( \\w+){0,2}? ${ownStuff}`,
      'like (my|our|this) ((facebook|fb|fan)[- ]?)?page',
      '(come )?follow my (page|account|profile|channel|stream|blog|journey)',
      // "Follow me on X", "follow me for more", but not "follow me in this argument".
      '(come )?follow me(?=( (on|for|here|at|and|back|if)|\\s*[^\\s\\p{L}\\p{N}]|\\s*$))',
      '(click|tap) (on )?(the|this|my) link',
    ],
    anywhere: [
      `(please|pls|plz|pleas|pleaz) ${subscribe}`,
      `(don't|dont|do not) forget to (like (and |& )?)?${subscribe}`,
      `${subscribe} (please|pls|plz|for more|for daily|for weekly|if you (agree|like|want|love|enjoy))`,
      `(like|comment|share),? (and |& )?${subscribe}`,
      '^[^\\p{L}\\p{N}]*(subscribe|subcribe)[^\\p{L}\\p{N}]*$',
      `(sub4sub|sub 4 sub|sub for sub|subscribe for subscribe)`,
      `(i'?ll|ill|i will|i wil|will) ${subscribe}( to)? (you|u|ur|your channel|yours)?\\s?back`,
      `(and|then) (i'?ll|ill|i will|i wil) ${subscribe}`,
      `${subscribe} (you|u) back`,
      `(my|our)( \\w+){0,2}? ${ownStuff}[^.!?]{0,60}? (check|chek|chck) (them|it|em|'em) out`,
      `(if|when|once) (i|we) (can )?(get|hit|reach) \\d+[k]? (more )?(subs|subscribers|followers)`,
      `at \\d+[k]? (subs|subscribers|followers),? (i'?m|i will|i'?ll|we will|we'?ll)`,
      `help (me|us) (reach|get to|hit|get) (\\d+[k]? (more )?(subs|subscribers|followers)|(my|our) goal)`,
      `(i|we) (really )?need (more )?(subs|subscribers|followers)`,
      `(would|'d) (really )?(love|appreciate( it)?|be (great|wonderful|awesome|amazing|nice|cool)) if (you|u|anyone|y'all|yall|you guys|u guys)( \\w+){0,2}? (check|checked|watch|watched|listen|listened|subscribe|subscribed|visit|visited|follow|followed)`,
      '(click|tap) here',
      'click\\s*(?::\\s*)?(https?://|www\\.|bit\\.ly/)\\S*',
    ],
  },
  /** "Link in bio" sends readers away to an unnamed destination; named useful resources are exempt. */
  linkInBio: ['(link|links|shop|shopping link|buy link) (in|on) (my |the )?(bio|profile)', 'link in b[i1]o'],
  /** What makes a "link in bio" a resource rather than a sale. */
  usefulLink: [
    'recipes?', 'guides?', 'articles?', 'podcast', 'episodes?', 'free', 'full (story|post|thread|interview|video|report|study|paper)',
    'read', 'tutorials?', 'checklists?', 'templates?', 'petitions?', 'fundraiser', 'donate', 'donations?', 'sign up', 'signup',
    'register', 'registration', 'tickets are free', 'resources?', 'study', 'paper', 'report',
  ],
  /** A private message is a sales channel only next to one of these ("DM me for rates", not "message me if you see him"). */
  salesContext: [
    'order', 'orders', 'ordering', 'price', 'prices', 'pricing', 'rates?', 'buy', 'buying', 'purchase', 'book', 'booking', 'spots? (left|available)', 'slots?',
    'offer', 'discount', 'deal', 'sale', 'details', 'info', 'information', 'quote', 'interested', 'available', 'availability',
    'template', 'guide', 'link', 'access', 'the word', 'dm me ["“][^"”]{1,100}["”]', '[€$£]\\s?\\d', '\\d+\\s?[€$£]',
  ],
  /** After a "DM me": an offer of help rather than a sale. */
  helpOffer: ["if you (have|got|'ve got) (any )?questions?", '(with|for) (any )?questions?', 'if you (want|need|would like|wanna) to (chat|talk|vent)', 'anytime'],
} as const;
