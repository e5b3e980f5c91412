/**
 * Signs of a paid or gifted promotion, and the disclosures that make it transparent
 * (FTC Endorsement Guides, UK CMA/ASA influencer guidance).
 */
export const adDisclosure = {
  /** Discount codes: a business's own code on its own shop is fine, a personal code is a paid promotion. */
  code: [
    '(discount|promo|promotional|coupon|voucher|referral) (code|codes)',
    '(use|using|enter|apply|with) (my|the) code (for|to get) \\d+\\s?%',
    '\\d+\\s?% off (with|using) (my|the) code',
    'my code (gets|saves|gives) you',
  ],
  /** Capitals and digits after "code": "code ANNA20" (matched case-sensitively). */
  codeToken: ['(([Uu]se|[Uu]sing|[Ee]nter|[Aa]pply|[Ww]ith|USE) )?((my|the|MY) )?([Cc]ode|CODE|[Cc]oupon|COUPON)\\s*(?:[:"“]\\s*)?[A-Z][A-Z0-9]{3,}'],
  /** Codes that are the writer's own ("my code"), which no shop's voice excuses. */
  personalCode: ['my (discount |promo |coupon |referral )?code', 'code (of|from) yours truly'],
  /** Affiliate links: the writer earns from the reader's purchase. */
  affiliate: [
    '(affiliate|referral) (link|links)',
    'https?://(amzn\\.(to|eu)|a\\.co)/\\S+',
    'https?://[^\\s/]{0,40}amazon\\.[^\\s?]{0,300}[?&](\\S{0,300}?&)?tag=\\S+',
    'https?://[^\\s?]{1,300}[?&](\\S{0,300}?&)?(aff|affid|aff_id|affiliate|affiliate_id)=\\S+',
  ],
  /** A brand named as partner. */
  partner: ['(in partnership|partnered|partnering|teaming up|teamed up|collaborating|in collaboration|collab) with @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*'],
  /** A brand's gift: the reader should know the product was free. */
  gift: [
    'thanks?( you)?( so much)?( to)? @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)* for (sending|gifting|the (lovely |amazing |beautiful |sweet |gorgeous )?(gift|package|parcel|box|pr package|goodies|samples?))',
    '@[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)* (sent|gifted) me',
    '(pr|press) (package|parcel|box|haul)',
    '(sent|given) (to me )?(by|from) @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*',
  ],
  /** Disclosures of advertising or a commercial relationship: they cover every kind of promotion. */
  disclosure: [
    '#ad', '#ads', '#advert', '#advertisement', '#advertising', '#sponsored', '#sponsor', '#paidpartnership', '#paidpartner',
    '#partner', '#brandpartner', '#affiliate', '#affiliatelink', '#commissionlink', '#spon', '#paidad',
    '\\[ad\\]', '\\(ad\\)', '^\\s*ad\\s*[:|]', 'paid partnership', 'paid promotion', 'paid collaboration', 'sponsored (post|content|video|by)',
    '(this|the) (post|video|reel|content) is sponsored', 'advertisement', 'advertising feature',
    '(i|we) (may )?(earn|receive|get|make) (a )?(small )?(commission|fee|cut)', 'commission (from|on) (purchases|sales)',
  ],
  /** Disclosures that a product was gifted: enough for gifts, not for codes or paid partnerships. */
  giftDisclosure: ['#gifted', '#giftedby', '#supplied', '#prsample', '#prproduct', 'gifted by', '(was|were) gifted', 'pr product', 'press sample'],
  /** A business promoting its own shop. */
  sellerVoice: [
    '(our|my) (own )?(\\p{L}+ )?(shop|store|site|website|e-?shop|online store|collection|products?|menu|bakery|restaurant|studio|brand|app|course|courses)',
    'at checkout',
    'we ship',
  ],
} as const;
