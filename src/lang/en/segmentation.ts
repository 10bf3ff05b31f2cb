// English knowledge for the normaliser and the sentence segmenter.
// Roles of the lists: src/segment/data.ts.
import type { SegmentationData } from '../../segment/data.js';

export const segmentation: SegmentationData = {
  prepositiveAbbreviations: [
    'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'mme', 'mlle', 'dr', 'drs', 'prof', 'st', 'mt', 'sen',
    'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'comdr', 'sgt', 'cpl', 'pvt', 'maj',
    'adm', 'brig', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'sra', 'srta', 'amb', 'atty',
    'lieut', 'cdr', 'ald', 'assoc', 'asst', 'rt',
  ],
  abbreviations: [
    'adj', 'adv', 'al', 'approx', 'apt', 'assn', 'attn', 'ave', 'avg', 'bldg', 'blvd', 'bros', 'btw',
    'ca', 'cf', 'ch', 'chap', 'cie', 'cir', 'cit', 'co', 'corp', 'cres', 'ct', 'dept', 'diag', 'dir',
    'div', 'doz', 'ed', 'eds', 'est', 'esp', 'esq', 'etc', 'exp', 'ext', 'fig', 'figs', 'fl', 'fwy',
    'gal', 'hr', 'hrs', 'hwy', 'ibid', 'inc', 'incl', 'intl', 'jr', 'lb', 'lbs', 'ln', 'ltd',
    'max', 'med', 'mfg', 'mgr', 'mg', 'min', 'mins', 'misc', 'mln', 'mph', 'mth', 'mths', 'no', 'nos',
    'nr', 'n°', 'op', 'oz', 'p', 'pp', 'pg', 'para', 'pct', 'pl', 'plc', 'pt', 'pts', 'qty', 'rd',
    'ref', 'rs', 'sec', 'secs', 'sq', 'ste', 'tbsp', 'tel', 'tsp', 'univ', 'viz', 'vol', 'vols', 'vs',
    'wk', 'wks', 'wt', 'yd', 'yds', 'yr', 'yrs', 'govt', 'natl', 'admin', 'abbr', 'acad', 'ft',
    'dist', 'sr', 'amer', 'anon',
    // months, weekdays and US states as abbreviated in datelines ("Dec. 31", "Ark.")
    'jan', 'feb', 'apr', 'aug', 'jul', 'jun', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
    'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'kan', 'ky', 'md', 'mich', 'minn', 'mo',
    'mont', 'neb', 'nev', 'okla', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo',
    // with internal periods
    'e.g', 'i.e', 'u.s', 'u.s.a', 'u.k', 'e.u', 'u.n', 'n.y', 'd.c', 'l.a', 'ph.d', 'm.d', 'b.a',
    'm.a', 'b.sc', 'm.sc', 'a.k.a', 'r.i.p', 'p.s', 'n.b', 'i.v', 'p.o', 'f.e', 'v',
  ],
  capitalisedBoundaryAbbreviations: ['a.m', 'p.m'],
  sentenceStarters: [
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Some', 'Many', 'Most', 'All', 'Any', 'Each',
    'Every', 'Both', 'Few', 'Several', 'Such', 'Other', 'Others', 'Another', 'No', 'None',
    'I', 'He', 'She', 'It', 'We', 'You', 'They', 'My', 'His', 'Her', 'Its', 'Our', 'Your', 'Their',
    'There', 'Here', 'What', 'When', 'Where', 'Why', 'How', 'Who', 'Whom', 'Whose', 'Which', 'Whether',
    'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'However', 'Meanwhile', 'Then', 'Now', 'Still', 'Also',
    'Instead', 'Thus', 'Therefore', 'Moreover', 'Furthermore', 'Although', 'Though', 'While', 'If',
    'As', 'After', 'Before', 'Since', 'Because', 'Unless', 'Until', 'Once', 'In', 'On', 'At', 'For',
    'From', 'With', 'Without', 'By', 'To', 'Of', 'Under', 'Over', 'During', 'Despite', 'According',
    'Last', 'Next', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Finally', 'Indeed',
    'Even', 'Only', 'Just', 'Being', 'Did', 'Do', 'Does', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have',
    'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'More', 'Less',
    'Millions', 'Thousands', 'Hundreds', 'Billions', 'Dozens',
  ],
  capitalisedNouns: false,
  ordinalPeriod: false,
  months: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December',
  ],
  ordinalContext: [],
  cardinalContext: [],
  lineEndWords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from',
    'by', 'as', 'that', 'which', 'who', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
    'have', 'had', 'not', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'into', 'onto',
    'than', 'about', 'over', 'under', 'between', 'after', 'before', 'during', 'since', 'if', 'so',
    'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'very', 'more', 'most',
  ],
  hyphenConjunctions: ['and', 'or', 'nor', 'to'],
  hyphenKeepPrefixes: [
    'self', 'non', 'well', 'ill', 'long', 'short', 'so', 'co', 'ex', 'anti', 'pro', 'post', 'pre',
    'multi', 'semi', 'quasi', 'half', 'full', 'part', 'one', 'two', 'three', 'four', 'five', 'first',
    'second', 'third', 'high', 'low', 'all', 'cross', 'year', 'month', 'week', 'day', 'mid', 'vice',
    'far', 'near', 'old', 'new', 'best', 'top', 'record', 'large', 'small', 'middle', 'state', 'world',
    'free', 'hard', 'hand', 'eye', 'face', 'time', 'cost', 'fast', 'slow', 'short', 'left', 'right',
  ],
};
