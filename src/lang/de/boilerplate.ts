// German cues for text around an article that is not the article: ads, promos,
// newsletter boxes, teasers of other stories, navigation, credits, disclaimers.
// Patterns are regex sources matched case-insensitively on one block.
import type { BoilerplateCues } from '../../context/section-features.js';

export const boilerplate: BoilerplateCues = {
  // a block consisting of nothing but this
  whole: [
    'vor \\d+ (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?)',
    'vor (?:einer|einem) (?:minute|stunde|tag|woche|monat)',
    'gerade eben', 'soeben', 'suchbegriff', 'suche', 'drucken', 'merken', 'versenden', 'mehr', 'weiter',
    'weiterlesen', 'zurück', 'startseite', 'home', 'menü', 'navigation', 'login', 'anmelden', 'abmelden',
    'registrieren', 'abonnieren', 'zum inhalt springen', 'nach oben', 'mehr anzeigen', 'alle artikel',
    'newsletter', 'impressum', 'datenschutz', 'agb', 'kontakt', 'mediadaten', 'barrierefreiheit',
  ],
  // a block consisting of nothing but an ad label: it and the block group after it are the ad
  label: ['anzeige', 'werbung', 'sponsored(?: content)?', 'gesponsert', 'promotion', 'partnerinhalt', 'advertorial'],
  // blocks that end the article: comment counters, share buttons, tag lists
  tail: [
    '\\[?\\d+ kommentare?\\]?', 'kommentare?(?: \\(\\d+\\))?', 'kommentieren', 'kommentar schreiben',
    'themen:?', 'schlagworte:?', 'schlagwörter:?', 'tags:?', 'teilen', 'artikel teilen', 'diesen artikel teilen',
  ],
  // a block that starts with this: a credit line under a picture or the article
  credit: [
    'foto:', 'fotos:', 'bild:', 'bilder:', 'grafik:', 'video:', 'quelle:', '©', 'copyright',
    'rubriklistenbild', 'titelbild', 'symbolbild', 'bildquelle', 'bildrechte', 'mitarbeit:',
  ],
  // a block that starts with this
  prefix: [
    'anzeige', 'werbung', 'disclaimer', 'themen:', 'schlagworte:', 'artikel teilen', 'transparenzhinweis', 'offenlegung', 'risikohinweis', 'haftungsausschluss',
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren',
    'empfehlungen', 'weitere artikel', 'weitere nachrichten', 'verwandte artikel', 'meistgelesen',
    'meist gelesen', 'neueste artikel', 'top-artikel', 'zum thema:', 'mehr dazu:', 'mehr aus dem ressort',
  ],
  // these phrases anywhere in a short block (or twice in a long one)
  phrases: [
    'newsletter', 'webinar', 'zu gewinnen', 'gewinnspiel', 'jetzt anmelden', 'jetzt registrieren',
    'jetzt abonnieren', 'jetzt kostenlos', 'jetzt lesen', 'jetzt bestellen', 'jetzt sichern', 'jetzt testen',
    'jetzt downloaden', 'jetzt herunterladen', 'gratis testen', 'kostenlos testen', 'kostenlos anmelden',
    'keine kreditkarte', 'keine versteckten kosten', 'abo abschließen', 'hier klicken', 'hier anmelden',
    'mehr erfahren', 'zum artikel', 'zum angebot', 'folgen sie uns', 'cookie', 'datenschutzerklärung',
    'alle rechte vorbehalten', 'rabattcode', 'gutscheincode', 'ihre experten', 'tickets sichern',
    'push-nachrichten', 'whatsapp-kanal', 'google news', 'keine anlageberatung', 'anlageentscheidung',
    'investitionsentscheidung', 'affiliate-link', 'provision erhalten', 'partnerlink', 'werbelink',
    'zum podcast', 'podcast abonnieren', 'kommentar schreiben', 'zur bildergalerie', 'zur fotostrecke',
    'zur startseite', 'jederzeit kündbar', 'monatlich kündbar', 'im ersten monat', 'exklusiv für abonnenten',
    'für abonnenten', 'jetzt weiterlesen', 'weiterlesen mit', 'abo-angebot', 'digital-abo', 'plus-abo', 'testabo',
    'probeabo', 'abo abschließen', 'abonnieren sie', 'jetzt abo', 'mehr lesen mit',
  ],
  // short lines of date/time/source metadata ("21.01.2025 · 18:00 Uhr", "Quelle: dpa")
  meta: [
    '\\d{1,2}[:.]\\d{2}\\s*uhr', 'quelle:', 'aktualisiert(?: am)?', 'veröffentlicht(?: am)?', 'stand:',
    'lesezeit', 'min\\. lesen',
  ],
  // words that say a teaser list or the tail of the page follows
  teaserIntro: [
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren',
    'das könnte sie interessieren', 'weitere artikel', 'weitere nachrichten', 'verwandte artikel',
    'empfohlene artikel', 'meistgelesen', 'meist gelesen', 'neueste artikel', 'top-artikel', 'zum thema',
    'mehr dazu', 'passend zum thema', 'mehr aus', 'auch lesenswert', 'weitere meldungen', 'top-themen',
    'beliebte artikel', 'empfehlungen der redaktion',
  ],
};
