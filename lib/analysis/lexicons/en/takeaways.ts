/**
 * Signals that a draft gives its reader something: a tip, a lesson, data with its meaning, a
 * resource, an example, or an invitation to talk. Any one of them is enough to call a post useful.
 */
export const takeawayPhrases: readonly string[] = [
  // Lead-ins to advice, steps and explanations.
  "here's (how|what|why|the|a|an|my|our|one|some|\\d+|two|three|four|five|ten)",
  'here is (how|what|why|the|a|an|my|our|one)',
  'here are',
  'how to',
  'how (i|we) (cut|built|fixed|got|made|grew|reduced|doubled|halved|solved|use|handle|run|write|plan|hire|learned|learnt)',
  'tips?', 'tricks?', 'hacks?',
  'tips?:',
  'my (advice|rule|recommendation|suggestion)',
  '(best|worst|good|great|simple|solid|honest) (advice|tip)',
  'advice:',
  'rule of thumb',
  '(a|one|my|our|the) (simple|golden|new|only) rule', 'rules?( \\p{L}+)?:',
  'worth (reading|it|the read|a read|your time|a look|the money|a try|trying)', '(book|read|podcast|tool|app|paper) of the (week|month|year)',
  'reading list', '(i|we) (highly |strongly )?recommend', 'recommended (reading|books?|tools?)',
  'try this',
  '(a|one) (simple|quick|small|tiny|cheap) (trick|habit|rule|change|fix|test|exercise)',
  'steps?:',
  'step (1|one)',
  'checklist',
  'cheat-?\\s?sheet',
  'template',
  'playbook',
  'framework:',
  'free (guide|template|download|course|ebook|e-book|webinar|tool|resources?|workshop|checklist)',
  '(the|my|our) (full|complete) (guide|article|report|thread|write-?up|recording|slides|paper|study|list|breakdown)',
  'link in (the )?(first )?comments?',
  'read (more|the full|it|the rest) (here|at|on|below)',
  'slides (are )?(here|below|attached)',
  'sources?:',
  '(requirements|details|agenda|schedule|programme|program|when|where|price|cost|deadline|how to apply|format)\\s?:',
  'resources?:',
  'for (example|instance)',
  'e\\.g\\.',
  'tl;?dr',
  'in short',
  'bottom line',
  // Lessons and insights.
  'lessons? (learned|learnt|i learned|i learnt|from)',
  '(the|one|a|my|biggest|key|real|main|hard) lesson',
  'what (i|we) (learned|learnt|got wrong|changed|found|did differently)',
  '(i|we) (learned|learnt|realised|realized|found out|discovered) (that|to|how|what|why|the hard way|three|two|\\d+)',
  'things (i|we) (learned|learnt|wish)',
  'takeaways?',
  '(taught|teaches|showed) (me|us)', "here's the thing", '(hot|honest|unpopular|controversial) (take|opinion)',
  '(the|a) (cheapest|fastest|simplest|easiest|quickest|best|worst|safest|most \\p{L}+|least \\p{L}+) (\\p{L}+ ){1,3}(is|are)',
  '(i|we) (stopped|quit) \\p{L}+ing', '(i|we) no longer', '(i|we) (replaced|swapped|ditched|scrapped)',
  '(nobody|no one) (has )?(asked|complained|noticed|missed)', 'lessons?( \\p{L}+){0,4}:',
  "(a|any|every) good \\p{L}+ (is|isn't|does|doesn't|has|needs|tells|starts|ends)", '(works|working) (best |only )?(when|if|only if|better)',
  'hiring:', 'open (role|position|vacancy)', 'job opening',
  '(mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday)\\s?(to|–|-)\\s?(fri|friday|sat|saturday|sun|sunday)',
  '(the best|the one|one|the only|the first|the last) thing (i|we) (did|do|learned|learnt|changed|started|stopped|tell|tried|wish)',
  "what (we|i) (liked|didn't like|loved|recommend|use|changed)", "who it's for", 'who this is for', '(works|worked) best (for|when|if)',
  'anyone (who|moving|looking|using|starting|trying|working|switching)', 'how it works',
  "(doesn't|does not|don't|do not) (mean|require|need)",
  'free (entry|admission|parking|guided|tickets?|of charge|for|to)',
  '(one|a|the) (habit|trick|rule|change|question|tool|thing|practice) that (saved|changed|fixed|helped|made|cut)',
  'for (anyone|those|people) (who|that|using|working|starting|trying|looking)',
  '(one|the|a|another) (thing|change|habit|rule|practice|tool|question) (i|we) (changed|learned|learnt|adopted|started|stopped|use|follow|ask|swear by|wish)',
  'key (insight|learning|point)s?',
  'turns out',
  '(we|i) found that',
  '(our|the) (results|numbers|data) (show|showed|were|say|said)',
  "the (real |biggest |main |hidden |only )?(problem|difference|lesson|mistake|reason|question|point|secret|trick|truth|fix|answer|key) (is|isn't|was|wasn't)",
  "that's why",
  'which means',
  'this means',
  'in other words',
  'instead of',
  'rather than',
  'the more [^.!?\\n]{0,39}[^\\s.!?] the (more|less|better|faster|harder|easier)',
  'most (people|teams|companies|managers|founders|leaders|candidates|recruiters|engineers|developers|designers|writers|posts|startups|clients|customers)',
  "(most|many|few) (\\p{L}+ ){0,2}\\p{L}+s (are|aren't|don't|do not|can|can't|should|shouldn't|need|start|fail|have|get|make|waste|spend|ignore|underestimate|forget|confuse|think|believe|want|skip|miss)",
  "(common|classic|costly|biggest|typical) mistakes?",
  'mistakes? (i|we|to avoid|people make|that)',
  'remember( that| to|:)',
  'psa',
  'reminder:',
  'note:',
  'warning:',
  // Addressed to the reader: what they can do.
  "(you|you'll|you'd) (can(?!'t)|could|should|might want|may want|need to|will need|don't need|do not need|won't need|will save|get to keep)",
  'if your',
  "if you('re| are| want| need| have| work| run| manage| lead| use| sell| hire| write| post| build| ship| own| care| struggle| ever)",
  '(when|before|after) you (write|post|hire|ship|send|start|pitch|launch|publish|apply|interview|plan|negotiate|quote)',
  // Invitations to talk.
  'let me know',
  'tell me (what|how|which|about|if|in)',
  "i'd love to (hear|know|learn)",
  "i'm curious (to hear|what|how|about|whether|if)",
  'curious to hear',
  'what do you think(?!\\s+it)',
  'what would you',
  'share your (experience|thoughts|tips|take|story|approach|favourite|favorite)',
  // Numbers with their meaning: rates, money, multipliers, before and after.
  '\\d+(?:[.,]\\d+)?\\s?(%|percent|per cent)',
  '[€$£]\\s?\\d',
  '\\d+(?:[.,]\\d+)?\\s?(€|eur|euros?|usd|dollars|k€|\\$)',
  '\\d+(?:[.,]\\d+)?x',
  '\\d+(?:[.,]\\d+)?x (faster|slower|more|less|fewer|cheaper|better|bigger|smaller)',
  '(from|went from) \\d[\\d.,]*[^\\s]{0,3}( \\w+)? to \\d',
  '(by|cut|saved|saves|save) \\d[\\d.,]*\\s?(%|percent|hours?|minutes?|days?|weeks?)',
  // Measures and times: recipes, routes, opening hours, specs.
  '\\d+(?:[.,]\\d+)?\\s?(g|kg|mg|km|m|cm|mm|ml|cl|l|litres?|liters?|°c|°f|°|gb|mb|tb|ms|kwh|kcal|mph|km/h)',
  '\\d+\\s?(min|mins|minutes?|seconds?|secs?|hours?|hrs?)',
  '\\d{1,2}[:.]\\d{2}\\s?[–-]\\s?\\d{1,2}[:.]\\d{2}', '(at|from) \\d{1,2}[:.]\\d{2}', '\\d{1,2}([:.]\\d{2})?\\s?(am|pm)',
  'from (the )?\\d{1,2}(st|nd|rd|th)? (to|until|till) (the )?\\d{1,2}', '(notice|announcement|heads[- ]up)\\s?:',
  '(call|text|whatsapp|phone|tel\\.?)( us| me)?( on| at)? \\+?\\d',
  '(from|between) \\d{1,2}([:.]\\d{2})?\\s?(am|pm)? (to|and|until|till|[–-]) \\d{1,2}',
  '\\d{1,2}\\s?[–-]\\s?\\d{1,2} (jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)',
  '\\d+ (hours?|minutes?|days?) (a|per|every|each) (day|week|month|sprint|release)',
  '(dropped|fell|grew|rose|went up|went down|shrank|improved) (by )?(half|a third|a quarter|\\d)',
  'halved|doubled|tripled',
  '\\d+ (tips|ways|lessons|steps|things|mistakes|questions|books|tools|ideas|reasons|rules|habits|tricks|principles|patterns|signs|lessons)',
  '(two|three|four|five|six|seven|ten) (tips|ways|lessons|steps|things|mistakes|questions|books|tools|ideas|reasons|rules|habits|tricks|principles|patterns|signs)',
];

/** Sentences opening with these put the instruction after the comma: "If nobody reads it, send three numbers instead." */
export const conditionals: readonly string[] = ['if', 'when', 'whenever', 'before', 'after', 'once', 'unless'];

/** Words that may come before an imperative without changing it: "Never send…", "Please check…". */
export const advicePrefixes: readonly string[] = [
  'never', "don't", 'do not', 'always', 'just', 'please', 'simply', 'first', 'then', 'also', 'instead', 'now', 'so',
];

/**
 * Verbs that, opening a sentence, give the reader an instruction. Only verbs that are rarely nouns at
 * the start of a sentence: the grammar check (`opensWithImperative`) decides the ambiguous ones.
 */
export const adviceVerbs: readonly string[] = [
  'try', 'avoid', 'write', 'rewrite', 'read', 'reread', 're-read', 'ask', 'keep', 'choose', 'pick', 'remove', 'add',
  'delete', 'skip', 'automate', 'delegate', 'prioriti[sz]e', 'simplify', 'double-check', 'remember', 'stop', 'ditch',
  'forget', 'cut', 'put', 'make', 'give', 'spend', 'treat', 'assume', 'underestimate', 'ignore', 'wait', 'send',
  'lead with', 'open with', 'end with', 'start with', 'begin with', 'focus on', 'think about', 'write down',
  'set up', 'set a', 'turn off', 'turn on', 'learn', 'unsubscribe', 'batch', 'schedule', 'block', 'measure',
  'document', 'define', 'track', 'test', 'review', 'replace', 'rename', 'label', 'split', 'shorten', 'trim',
  'name', 'drink', 'sleep', 'breathe', 'listen', 'practi[cs]e', 'prepare', 'negotiate', 'check', 'update', 'back up',
  'use', 'call', 'contact', 'swap', 'salt', 'stir', 'boil', 'press', 'click', 'select', 'paste', 'search', 'find',
  'print', 'pack', 'bring', 'wear', 'eat', 'store', 'close', 'open', 'invest', 'save', 'apply', 'bookmark', 'download', 'grab', 'steal', 'borrow', 'copy',
];

/** Imperatives that give the reader nothing to use: thanks, wishes, teasers and calls to react. */
export const notAdvice: readonly string[] = [
  'stay tuned', 'watch this space', 'keep (your|an) eyes? (peeled|open|out)', 'trust (us|me)', "(don't|do not) miss",
  'follow (us|me|along)', 'check (it|this|them) out', 'turn on (post )?notifications', 'mark your calendars?', 'save the date', 'thanks?',
  'wish', 'welcome', 'meet', 'enjoy', "let's", 'let us', 'check out (my|our)', 'join', 'help (us|me)',
  'congrat\\w*', 'see you', 'look at', 'imagine', 'guess', 'like', 'share', 'tag', 'comment', 'subscribe', 'hit',
  'smash', 'drop', 'type', 'react', 'vote', 'celebrate', 'cheers', 'pray', 'come', 'go', 'get ready', 'wait for it',
  'keep going', 'keep pushing', 'keep (it|smiling|shining|calm)', 'never give up', 'never stop', "don't give up",
  'stay (humble|hungry|positive|strong|safe)', 'back', 'feel', 'need', 'want', 'love', 'hope', 'miss', 'say (hi|hello)',
  'buckle up', 'kicking', "can't wait", 'cannot wait', 'here we go',
];

/** Questions that do not really ask the reader anything. */
export const rhetoricalQuestions: readonly string[] = [
  'can you believe', 'guess what', 'who would have thought', 'who knew', 'how (cool|amazing|awesome|crazy) is that',
  "isn't (it|that|this) (great|amazing|awesome|cool|crazy)", 'are you ready', 'did you miss (me|us)',
  'can you guess', "what's coming", 'ready to (crush|conquer|smash|rock|kill|own)', "who's ready", 'who else is ready', 'what could it be', 'what a (week|day|year|month|ride|night)',
];
