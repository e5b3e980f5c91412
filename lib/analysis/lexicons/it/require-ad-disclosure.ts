/**
 * Segnali di una promozione pagata o di un prodotto regalato, e le diciture che la rendono trasparente
 * (Digital Chart IAP, linee guida AGCM sugli influencer).
 */
export const adDisclosure = {
  code: [
    'codic[ei] (sconto|promo|promozional[ei]|coupon|invito|referral)',
    '(usa|usate|utilizza|utilizzate|inserisci|inserite) (il )?(mio )?codice',
    'il mio codice',
    'con (il )?(mio )?codice',
    '(coupon|voucher) (sconto|del \\d+\\s?%)',
  ],
  /** Maiuscole e cifre dopo "codice": "codice GIULIA15". */
  codeToken: ['([Cc]odice|CODICE)( (sconto|promo|SCONTO|PROMO))?\\s*(?:[:"“]\\s*)?[A-Z][A-Z0-9]{3,}'],
  personalCode: ['(il )?mio codice', 'codice personale'],
  affiliate: [
    '(il )?(mio )?link (affiliat[oi]|di affiliazione|referral|d\'invito|di invito)',
    '(programma|link) (di )?affiliazione',
    'https?://(amzn\\.(to|eu)|a\\.co)/\\S+',
    'https?://[^\\s/]{0,40}amazon\\.[^\\s?]{0,300}[?&](\\S{0,300}?&)?tag=\\S+',
    'https?://[^\\s?]{1,300}[?&](\\S{0,300}?&)?(aff|affid|aff_id|affiliate|affiliate_id)=\\S+',
  ],
  partner: ['(in partnership con|partner di|ambassador di) @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*'],
  gift: [
    'grazie( mille)?( a)? @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)* per (avermi (inviato|mandato|regalato|fatto provare)|il (regalo|pacco|pensiero|kit)|la (box|sorpresa)|questo (regalo|pacco|kit))',
    '@[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)* mi (ha|hanno) (inviato|mandato|regalato|fatto provare)',
    'mi (ha|hanno) (inviato|mandato|regalato) @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*',
    '(pacco|kit|box) (pr|in omaggio|regalo) (di|da) @[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*',
  ],
  disclosure: [
    '#ad', '#adv', '#advertising', '#sponsored', '#sponsorizzato', '#sponsorizzata', '#pubblicità', '#pubblicita', '#partner',
    '#paidpartnership', '#inserzioneapagamento', '#affiliato', '#affiliazione', '#collaborazione', '#inserzione',
    '\\[adv?\\]', '\\(adv?\\)', '^\\s*adv?\\s*[:|]', 'pubblicità', 'sponsorizzat[oa]', 'post sponsorizzato', 'contenuto sponsorizzato',
    'in collaborazione con', 'collaborazione (retribuita|commerciale|a pagamento)', 'partnership (retribuita|commerciale|a pagamento)',
    'inserzione a pagamento', 'promozione a pagamento',
    '(ricevo|riceverò|ricevo una|guadagno|guadagnerò) (una )?(piccola )?(commissione|percentuale)',
  ],
  giftDisclosure: ['#gifted', '#supplied', '#prodottoinviatoda', '#fornitoda', '#omaggio', 'prodott[oi] inviat[oi] da', 'prodott[oi] fornit[oi] da', 'prodott[oi] regalat[oi] da', 'in (omaggio|regalo) da', 'ricevut[oaie] in (omaggio|regalo)'],
  sellerVoice: [
    '(nostr[oaie]|mi[oa]) (\\p{L}+ )?(shop|negozio|sito|e-?shop|e-?commerce|collezione|prodott[oi]|menù|menu|pasticceria|forno|ristorante|studio|marchio|brand|app|corso|corsi)',
    'al checkout', 'alla cassa', 'spediamo',
  ],
} as const;
