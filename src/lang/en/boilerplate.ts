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
  consent: [
    'we and our (?:\\d+ )?partners', 'our \\d+ partners', 'cookies?', 'consent', 'your device', 'personali[sz]ed (?:ads|advertising|content)',
    'ad and content measurement', 'audience research', 'accept all', 'reject all', 'manage (?:preferences|settings|options)',
    'withdraw', 'privacy policy', 'cookie policy', 'privacy settings', 'cookie settings', 'tracking', 'third[- ]part(?:y|ies)',
    'legitimate interest', 'device identifiers', 'storage duration',
  ],
  authorIntro: ['about the authors?', 'about the writer', 'author bio'],
  authorRole: ['(?:senior |chief |staff )?(?:reporter|correspondent|editor|journalist|writer|columnist|contributor)'],
  authorBio: [
    '\\d[\\d,]* (?:articles|stories|pieces|columns)', 'has (?:written|covered|reported)', 'writes (?:about|on|for)',
    'joined (?:the )?\\S+ in \\d{4}', 'for (?:more than |over )?\\S+ years', 'since \\d{4}', 'studied', 'previously worked',
  ],
  shop: [
    'save (?:up to )?[£$€]?\\d+', 'save \\d+ ?%', '\\d+ ?% off', 'was [£$€]\\d+', 'now (?:only )?[£$€]\\d+', 'rrp',
    'discount', 'free delivery', 'free shipping', 'shop now', 'buy now', 'add to (?:cart|basket)', 'best ?seller',
    'deals', 'voucher', 'coupon', 'in stock', 'sale price', 'offer price', 'lowest price', 'price drop',
  ],
  social: [
    'like', 'likes', 'comment', 'comments', 'share', 'shares', 'shared', 'views', 'reactions', 'replies', 'reply',
    'retweets', 'save', 'print', 'email', 'e-mail', 'link', 'copy', 'follow', 'followers', 'this', 'article', 'story', 'on',
  ],
  factIntro: [
    'facts? (?:&|and) figures', 'key facts', 'at a glance', 'in numbers', 'by the numbers', 'fact ?box', 'key figures',
    'quick facts', 'fast facts', 'in figures', 'the key numbers',
  ],
  rights: ['all rights reserved', 'may not be (?:reproduced|republished)', 'reproduction (?:is )?prohibited'],
};
