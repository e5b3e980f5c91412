/**
 * Marks of a post about the author's own moment: celebration, gratitude, hype. Without a takeaway
 * they make a broadcast; a post with none of them and no takeaway is more often plain prose we cannot
 * read (an insight with no signal words), so it is left alone.
 */
export const broadcastMarkers: readonly string[] = [
  'excit(ed|ing|ement)', 'thrilled', 'proud', 'pride', 'grateful', 'gratitude', 'thankful', 'thanks?( you)?', 'blessed',
  'humbled', 'honou?r(ed)?', 'delighted', 'happy', 'amazing', 'awesome', 'incredible', 'incredibly', 'fantastic',
  'wonderful', 'unforgettable', 'inspiring', 'inspired', 'energy', 'vibes', 'passion(ate)?', 'journey', 'adventure',
  'chapter', 'milestone', 'celebrat\\p{L}*', 'congrat\\p{L}*', 'cheers', 'dream team', 'family', 'love', 'loved', 'loving',
  'miss(ing)?', 'what a', 'so many', "can't wait", 'cannot wait', 'looking forward', "let's go", 'onwards?', 'upwards',
  'crush(ing)?', 'hustle', 'grind', 'motivat\\p{L}*', 'success', 'recharged', 'rockstars?', 'legends?', 'best team',
  '🎉', '🚀', '🙏', '💪', '🔥', '❤️', '💙', '🙌', '✨', '🥳', '🏆', '👏', '😍', '🥂', '💯', '🎂',
];
