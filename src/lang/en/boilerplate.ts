// English cues for text around an article that is not the article: ads, promos,
// newsletter boxes, teasers of other stories, navigation, credits, disclaimers.
// Patterns are regex sources matched case-insensitively on one block.
import type { BoilerplateCues } from '../../context/section-features.js';

export const boilerplate: BoilerplateCues = {
  whole: [
    '\\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago', '(?:an?|one) (?:minute|hour|day|week) ago',
    'just now', 'search', 'print', 'email', 'save', 'more', 'next', 'previous', 'back', 'home', 'menu', 'navigation',
    'sign in', 'sign up', 'log in', 'register', 'subscribe', 'skip to (?:main )?content', 'back to top',
    'show more', 'load more', 'newsletter', 'privacy policy', 'terms(?: of (?:use|service))?', 'cookies?',
    'contact us', 'about us', 'accessibility',
  ],
  label: ['advertisement', 'advert', 'sponsored(?: content)?', 'promoted', 'paid content', 'partner content', 'advertorial'],
  tail: [
    '\\[?\\d+ comments?\\]?', 'comments?(?: \\(\\d+\\))?', 'add (?:a )?comment', 'topics?:?', 'tags?:?', 'share',
    'share (?:this|on \\w+)(?: article| story| page)?',
  ],
  credit: [
    'photo:', 'photos:', 'image:', 'picture:', 'video:', 'credit:', 'image credit', 'image source', 'source:',
    '©', 'copyright',
  ],
  prefix: [
    'advertisement', 'topics:', 'tags:', 'share this', 'sponsored', 'disclaimer', 'disclosure:', 'read more', 'read also',
    'also read', 'see also', 'related:', 'related stories', 'related articles', 'related content',
    'more on this story', 'you may also like', 'you might also like', 'recommended', 'most read',
    'most popular', 'top stories', 'trending', 'more from', 'further reading',
  ],
  phrases: [
    'newsletter', 'webinar', 'sign up for', 'sign up to', 'subscribe to our', 'subscribe now', 'subscribe today',
    'free trial', 'no credit card', 'no hidden fees', 'click here', 'learn more', 'follow us on',
    'all rights reserved', 'cookie policy', 'privacy policy', 'promo code', 'discount code',
    'chance to win', 'register now', 'book now', 'buy now', 'shop now', 'download the app', 'get the app',
    'not investment advice', 'does not constitute investment advice', 'affiliate link', 'we may earn a commission',
    'read the full story', 'continue reading', 'cancel anytime', 'subscribers only', 'for subscribers',
    'unlock this article', 'unlock unlimited', 'digital subscription', 'try it free', 'start your free trial',
    'already a subscriber', 'become a member',
  ],
  meta: [
    '\\d{1,2}:\\d{2}\\s*(?:gmt|bst|cet|utc|et|[ap]\\.?m\\.?)', 'source:', 'updated(?: on)?', 'published(?: on)?',
    'last modified', 'min(?:ute)? read', 'reading time',
  ],
  teaserIntro: [
    'read more', 'read also', 'also read', 'see also', 'related', 'related stories', 'related articles',
    'more on this story', 'you may also like', 'you might also like', 'recommended', 'most read', 'most popular',
    'top stories', 'trending', 'more from', 'further reading', 'more stories',
  ],
};
