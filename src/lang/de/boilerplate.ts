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
  // cookie/consent banners: two of these in a short block, three in a long one
  consent: [
    'wir und unsere (?:\\d+ )?partner', 'unsere \\d+ partner', 'cookies?', 'einwilligung', 'einwilligen', 'endgerät',
    'personalisierte (?:anzeigen|werbung|inhalte)', 'anzeigen- und inhaltsmessung', 'zielgruppenforschung',
    'alle akzeptieren', 'akzeptieren', 'zustimmen', 'widerrufen', 'datenschutzerklärung', 'datenschutzeinstellungen',
    'datenschutz-einstellungen', 'privatsphäre-einstellungen', 'cookie-einstellungen', 'tracking', 'drittanbieter',
    'speicherdauer', 'berechtigte[ns]? interesse', 'geräteeigenschaften', 'gerätekennungen', 'nutzungsprofile?',
  ],
  // an author box: opened by one of these, or a short block naming a newsroom role and a career
  authorIntro: ['über (?:die|den) autor(?:in)?', 'über die autorinnen', 'über die autoren', 'zur autorin', 'zum autor'],
  authorRole: [
    '(?:chef)?redakteur(?:in)?', 'journalist(?:in)?', 'korrespondent(?:in)?', 'reporter(?:in)?', 'autor(?:in)?',
    'volontär(?:in)?', 'kolumnist(?:in)?', 'ressortleiter(?:in)?', 'redaktion',
  ],
  authorBio: [
    '\\d[\\d.]* (?:beiträge|artikel|texte|kolumnen)', '(?:beiträge|artikel|texte) (?:verfasst|geschrieben)',
    'schreibt (?:seit|über|für|vor allem|regelmäßig)', 'seit \\S+ jahren', 'seit \\d{4}', 'studierte',
    'volontariat', 'im ressort', 'journalistenschule',
  ],
  // words of a shop or ad line ("Jetzt 30 % sparen", "UVP 199 €", "versandkostenfrei")
  shop: [
    'sparen', 'rabatt', 'uvp', 'statt', 'versandkostenfrei', 'gratis versand', 'kostenloser versand', 'zum shop',
    'im shop', 'zum angebot', 'jetzt kaufen', 'jetzt bestellen', 'in den warenkorb', 'warenkorb', 'bestseller',
    'deals', 'gutschein', 'inkl\\. mwst', 'zzgl\\. versand', 'sofort lieferbar', 'lieferzeit', 'preisvorteil',
    'reduziert', 'angebot', 'aktionspreis', 'bestpreis', 'preistipp',
  ],
  // words of a share bar or a counter line ("1.234 Likes · 56 Kommentare", "Teilen: Facebook | X")
  social: [
    'like', 'likes', 'gefällt', 'mir', 'kommentar', 'kommentare', 'kommentieren', 'teilen', 'geteilt', 'shares',
    'aufrufe', 'views', 'reaktionen', 'antworten', 'retweets', 'merken', 'drucken', 'e-mail', 'mail', 'link',
    'kopieren', 'empfehlen', 'folgen', 'follower', 'artikel', 'auf',
  ],
  // a heading that opens a fact box of the article itself: its lines stay body
  factIntro: [
    'zahlen (?:&|und) fakten', 'fakten (?:&|und) zahlen', 'daten (?:&|und) fakten', 'fakten im überblick',
    'das wichtigste in kürze', 'das wichtigste im überblick', 'auf einen blick', 'im überblick', 'in zahlen',
    'die wichtigsten (?:zahlen|fakten|daten)', 'eckdaten', 'kennzahlen', 'steckbrief', 'infobox', 'info-box',
  ],
  // a copyright footer: after it, the page is over
  rights: ['alle rechte vorbehalten', 'nachdruck nur mit', 'vervielfältigung nur mit', 'urheberrechtlich geschützt'],
};
