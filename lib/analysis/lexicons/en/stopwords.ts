/** Frequent English function words that are not also frequent Italian words (used to detect the language). */
export const stopwords: readonly string[] = [
  'the', 'and', 'of', 'to', 'is', 'are', 'was', 'were', 'you', 'your', 'we', 'our', 'my', 'it', 'its',
  'this', 'that', 'with', 'for', 'on', 'at', 'by', 'from', 'be', 'been', 'have', 'has', 'had', 'not',
  'but', 'or', 'if', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'what', 'which', 'who',
  'how', 'why', 'when', 'where', 'will', 'would', 'can', 'could', 'should', 'just', 'about', 'more',
  'all', 'there', 'here', 'do', 'does', 'did', 'so', 'than', 'then', 'out', 'up', 'into', 'over',
  'after', 'before', 'because', 'some', 'any', 'me', 'us', 'i', "i'm", "it's", "don't", 'an',
  'as', 'get', 'got', 'one', 'new', 'like', 'know', 'today', 'time', 'people', 'work', 'team', 'love',
  'thanks', 'thank', 'great', 'every', 'only', 'also', 'very', 'much', 'make', 'way', 'need', 'want',
];
