/** Upper-case words that are not shouting: acronyms, initialisms and names written in capitals. */
export const acronyms: readonly string[] = [
  'NASA', 'ESA', 'CERN', 'GDPR', 'EBITDA', 'CAGR', 'ASAP', 'UNESCO', 'UNICEF', 'NATO', 'FIFA', 'UEFA',
  'COVID', 'LGBT', 'LGBTQ', 'LGBTQIA', 'HTML', 'HTTP', 'HTTPS', 'JSON', 'YAML', 'REST', 'CRUD', 'AMEX',
  'NYSE', 'NASDAQ', 'FTSE', 'OPEC', 'ESMA', 'OKRS', 'KPIS', 'SWOT', 'PEST', 'AIDA', 'RACI', 'SMART',
  'FAQS', 'APIS', 'CEOS', 'CTOS', 'CFOS', 'SDKS', 'LLMS', 'GPUS', 'CPUS', 'SAAS', 'PAAS', 'IAAS', 'B2B',
  'DEVOPS', 'MLOPS', 'FINOPS', 'OKR', 'KPI', 'IKEA', 'LEGO', 'NIKE', 'ADIDAS', 'NVIDIA', 'INTEL', 'CISCO',
  'ORACLE', 'AUDI', 'BMW', 'SAMSUNG', 'AMAZON', 'GOOGLE', 'TESLA', 'ZARA', 'ASUS', 'ACER', 'DELL', 'FEDEX',
  'UNIX', 'LINUX', 'POSIX', 'JPEG', 'MPEG', 'WEBP', 'OAUTH', 'SAML', 'VPN', 'WIFI', 'NSFW', 'TLDR',
  'IMHO', 'AFAIK', 'FOMO', 'YOLO', 'AMA', 'NGOS', 'MBAS', 'PHDS', 'SEPA', 'SWIFT', 'IBAN', 'BIC', 'ISIN',
  'OECD', 'OCSE', 'WHO', 'ONU', 'ISO', 'IEEE', 'ANSI', 'UNI', 'CEI',
];

/** Short words that are ordinary words, not acronyms, so "YOU ARE NOT READY" counts as shouting. */
export const shortWords: readonly string[] = [
  'THE', 'AND', 'YOU', 'ARE', 'NOT', 'NOW', 'ALL', 'OUR', 'GET', 'OFF', 'TOP', 'NEW', 'BIG', 'WHY', 'HOW',
  'FOR', 'WAS', 'HAS', 'BUT', 'CAN', 'ONE', 'OUT', 'WHO', 'DAY', 'YES', 'WOW', 'OMG', 'BUY', 'GOT', 'HER',
  'HIM', 'HIS', 'SHE', 'LET', 'SEE', 'WE', 'ME', 'MY', 'IS', 'TO', 'DO', 'GO', 'NO', 'SO', 'UP', 'ON', 'OF',
  'AT', 'BE', 'BY', 'IN', 'OR', 'HE', 'IF', 'AN',
];
