/**
 * The words the check reads around a figure, per language (English, French, Spanish): hedges,
 * currencies, units, periods, months and weekdays, and the words that make a number something
 * else than a count (ordinals, fractions, percentages, ranges). Entries are written as printed;
 * they match case- and accent-insensitively (see `Vocabulary`). Pure data.
 */
import type { Amount, Quantity } from '../../schemas/amount.ts';
import { Vocabulary, type Lang } from './tokens.ts';

export type Hedge = Amount['hedge'];
export type Period = Amount['period'];
export type Unit = Quantity['unit'];

const byLang = <T>(table: Record<Lang, [string, T][]>): Record<Lang, Vocabulary<T>> => ({
  en: new Vocabulary(table.en),
  fr: new Vocabulary(table.fr),
  es: new Vocabulary(table.es),
});

const all = <T>(value: T, words: string[]): [string, T][] => words.map((w) => [w, value]);

/** Words that hedge a figure, written before it. */
export const HEDGES = byLang<Hedge>({
  en: [
    ...all<Hedge>('about', ['about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'circa', 'in the region of', 'more or less']),
    ...all<Hedge>('nearly', ['nearly', 'almost', 'close to', 'just under', 'nigh on', 'shy of', 'just shy of']),
    ...all<Hedge>('more-than', ['more than', 'over', 'above', 'in excess of', 'upwards of', 'upward of', 'just over', 'well over', 'north of']),
    ...all<Hedge>('at-least', ['a good', 'at least', 'no less than', 'no fewer than', 'not less than', 'a minimum of', 'a floor of']),
    ...all<Hedge>('up-to', ['up to', 'as much as', 'as many as', 'no more than', 'not more than', 'a maximum of', 'a cap of', 'a ceiling of']),
    ...all<Hedge>('estimated', ['estimated', 'an estimated', 'estimated at']),
  ],
  fr: [
    ...all<Hedge>('about', ['environ', 'autour de', 'approximativement', 'à peu près', 'quelque', 'de l’ordre de', "de l'ordre de", 'grosso modo', 'en gros']),
    ...all<Hedge>('nearly', ['près de', 'presque', 'quasiment', 'pas loin de', 'un peu moins de']),
    ...all<Hedge>('more-than', ['plus de', "plus d'", 'au-delà de', 'un peu plus de', 'bien plus de']),
    ...all<Hedge>('at-least', ['au moins', 'au minimum', 'pas moins de', 'au bas mot', 'un minimum de', "un minimum d'", 'un plancher de', "un plancher d'"]),
    ...all<Hedge>('up-to', ["jusqu'à", 'jusqu’à', 'pas plus de', "pas plus d'", 'un maximum de', "un maximum d'", 'un plafond de', "un plafond d'"]),
    ...all<Hedge>('estimated', ['estimé à', 'estimée à', 'estimés à', 'estimées à', 'évalué à', 'évaluée à', 'évalués à', 'évaluées à']),
  ],
  es: [
    ...all<Hedge>('about', [
      'alrededor de',
      'aproximadamente',
      'unos',
      'unas',
      'en torno a',
      'del orden de',
      'cerca de unos',
      'más o menos',
      'grosso modo',
      'a grandes rasgos',
    ]),
    ...all<Hedge>('nearly', ['casi', 'cerca de', 'poco menos de', 'rozando', 'rozando los', 'rozando las', 'apenas']),
    ...all<Hedge>('more-than', ['más de', 'poco más de', 'por encima de', 'pasadas las', 'pasados los']),
    ...all<Hedge>('at-least', ['al menos', 'por lo menos', 'como mínimo', 'no menos de', 'como poco', 'un mínimo de', 'un piso de']),
    ...all<Hedge>('up-to', ['hasta', 'no más de', 'un máximo de', 'un tope de', 'un techo de']),
    ...all<Hedge>('estimated', ['estimado en', 'estimada en', 'estimados en', 'estimadas en', 'calculado en', 'calculados en', 'un estimado de']),
  ],
});

/** The usual words of each hedge, for a message that asks a translation to keep its original's ("about": “unos”, “alrededor de”). */
export const HEDGE_SUGGESTIONS: Record<Lang, Partial<Record<Hedge, string[]>>> = {
  en: { about: ['about', 'around'], nearly: ['nearly', 'almost'], 'more-than': ['more than'], 'at-least': ['at least'], 'up-to': ['up to'] },
  fr: { about: ['environ', 'quelque'], nearly: ['près de', 'presque'], 'more-than': ['plus de'], 'at-least': ['au moins'], 'up-to': ["jusqu'à"] },
  es: { about: ['unos', 'alrededor de'], nearly: ['casi', 'cerca de'], 'more-than': ['más de'], 'at-least': ['al menos'], 'up-to': ['hasta'] },
};

/** Words that hedge a figure, written right after it ("25,000 jobs at most", "25 000 emplois environ"). */
export const TRAILING_HEDGES = byLang<Hedge>({
  en: [
    ...all<Hedge>('about', ['or so', 'give or take', 'roughly', 'approximately']),
    ...all<Hedge>('at-least', ['or more', 'at least', 'at a minimum', 'minimum']),
    ...all<Hedge>('more-than', ['-odd', 'odd', 'plus']),
    ...all<Hedge>('up-to', ['at most', 'or less', 'or fewer', 'at the most', 'at a maximum', 'maximum', 'tops']),
  ],
  fr: [
    ...all<Hedge>('about', ['environ', 'à peu près', 'approximativement', 'grosso modo']),
    ...all<Hedge>('at-least', ['au moins', 'au minimum', 'ou plus', 'minimum', 'au bas mot']),
    ...all<Hedge>('up-to', ['au maximum', 'au plus', 'ou moins', 'maximum']),
  ],
  es: [
    ...all<Hedge>('about', ['aproximadamente', 'más o menos', 'grosso modo']),
    ...all<Hedge>('at-least', ['como mínimo', 'al menos', 'por lo menos', 'o más', 'como poco']),
    ...all<Hedge>('more-than', ['y pico', 'y tantos', 'largo', 'largos', 'largas']),
    ...all<Hedge>('up-to', ['como máximo', 'a lo sumo', 'o menos']),
  ],
});

/** Words that deny what follows ("will not create 25,000 jobs"): a figure they negate is not stated. */
export const NEGATIONS = byLang<true>({
  en: all<true>(true, ['not', 'never', 'no', 'nor', 'cannot']),
  fr: all<true>(true, ['pas', 'jamais', 'ni', 'aucun', 'aucune']),
  es: all<true>(true, ['no', 'nunca', 'jamás', 'ni', 'ningún', 'ninguna']),
});

/**
 * Words that say "none" or "not": a translation whose original holds one holds one too, so "no
 * project figure" cannot become "un chiffre par projet".
 */
export const DENIALS = byLang<true>({
  en: all<true>(true, ['not', 'never', 'no', 'nor', 'cannot', 'none', 'neither', 'nothing', 'nobody', 'no one', 'without', 'zero']),
  fr: all<true>(true, ['pas', 'jamais', 'ni', 'aucun', 'aucune', 'sans', 'non', 'rien', 'personne', 'nul', 'nulle', 'zéro', 'ne']),
  es: all<true>(true, ['no', 'nunca', 'jamás', 'ni', 'ningún', 'ninguno', 'ninguna', 'sin', 'nada', 'nadie', 'cero', 'tampoco']),
});

/** Zero quantifiers before "of N" ("none of 9", "aucun sur 9", "ninguna de 9"): the count 0. */
export const ZERO_OF = byLang<number>({
  en: [
    ['none of', 0],
    ['none out of', 0],
    ['zero of', 0],
  ],
  fr: [
    ['aucun sur', 0],
    ['aucune sur', 0],
    ['aucun de', 0],
    ['aucune de', 0],
  ],
  es: [
    ['ninguno de', 0],
    ['ninguna de', 0],
    ['ningún de', 0],
  ],
});

/**
 * Words that present a figure as a projection or estimate ("could have", "are expected to"):
 * in a reading's quoted basis, they give the hedge `estimated`.
 */
export const PROJECTIONS = byLang<Hedge>({
  en: all<Hedge>('estimated', ['estimated', 'estimate', 'estimates', 'could', 'would', 'expected', 'forecast', 'projected', 'projection', 'projections']),
  fr: all<Hedge>('estimated', [
    'estimé',
    'estimés',
    'estimée',
    'estimées',
    'estimation',
    'pourrait',
    'pourraient',
    'devrait',
    'devraient',
    'prévu',
    'prévus',
    'prévision',
  ]),
  es: all<Hedge>('estimated', [
    'estimado',
    'estimados',
    'estimada',
    'estimadas',
    'estimación',
    'podría',
    'podrían',
    'debería',
    'previsto',
    'previstos',
    'proyección',
  ]),
});

/** A currency as words name it: one ISO 4217 code, or several when the words leave it open ("pesos", "$"). */
export type CurrencyWords = readonly string[];

const PESOS = ['MXN', 'ARS', 'CLP', 'COP', 'CUP', 'DOP', 'PHP', 'UYU'];
const DOLLARS = ['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'JMD', 'BSD', 'BBD', 'BZD', 'FJD', 'LRD', 'NAD', 'SBD', 'SRD', 'TTD', 'XCD', 'ZWL'];
/** "$" is also the sign of most pesos and of the real ("R$"). */
const DOLLAR_SIGN = [...DOLLARS, ...PESOS];

const currencyEntries: [string, CurrencyWords][] = [
  ...all(['EUR'], ['euro', 'euros', '€', 'EUR']),
  ...all(PESOS, ['peso', 'pesos']),
  ...all(['MXN'], ['pesos mexicanos', 'peso mexicano', 'Mexican pesos', 'Mexican peso', 'pesos mexicains', 'peso mexicain', 'MXN', 'MX$', 'Mex$']),
  ...all(['ARS'], ['pesos argentinos', 'Argentine pesos', 'pesos argentins', 'ARS']),
  ...all(['CLP'], ['pesos chilenos', 'Chilean pesos', 'pesos chiliens', 'CLP']),
  ...all(['COP'], ['pesos colombianos', 'Colombian pesos', 'pesos colombiens', 'COP']),
  // Every peso named by its country, so "pesos uruguayos" is not read as "pesos".
  ...all(['CUP'], ['pesos cubanos', 'Cuban pesos', 'pesos cubains', 'CUP']),
  ...all(['DOP'], ['pesos dominicanos', 'Dominican pesos', 'pesos dominicains', 'DOP']),
  ...all(['PHP'], ['pesos filipinos', 'Philippine pesos', 'pesos philippins', 'PHP']),
  ...all(['UYU'], ['pesos uruguayos', 'Uruguayan pesos', 'pesos uruguayens', 'UYU']),
  ...all(DOLLARS, ['dollar', 'dollars', 'dólar', 'dólares']),
  ...all(DOLLAR_SIGN, ['$']),
  ...all(
    ['USD'],
    [
      'US dollars',
      'US dollar',
      'U.S. dollars',
      'American dollars',
      'dollars américains',
      'dollars US',
      'dólares estadounidenses',
      'dólares americanos',
      'US$',
      'USD',
    ],
  ),
  ...all(['CAD'], ['Canadian dollars', 'Canadian dollar', 'dollars canadiens', 'dollar canadien', 'dólares canadienses', 'C$', 'CA$', 'CAD']),
  ...all(['AUD'], ['Australian dollars', 'Australian dollar', 'dollars australiens', 'dólares australianos', 'A$', 'AU$', 'AUD']),
  ...all(['NZD'], ['New Zealand dollars', 'NZ$', 'NZD']),
  ...all(['BRL'], ['real', 'reais', 'reales', 'reals', 'R$', 'BRL']),
  ...all(['GBP'], ['pound', 'pounds', 'pounds sterling', 'sterling', 'livres sterling', 'libras esterlinas', '£', 'GBP']),
  ...all(['CHF'], ['Swiss francs', 'francs suisses', 'franc suisse', 'francos suizos', 'CHF']),
  ...all(['JPY', 'CNY'], ['¥']),
  ...all(['JPY'], ['yen', 'yens', 'JPY']),
  ...all(['CNY'], ['yuan', 'renminbi', 'RMB', 'CNY']),
];

/** Currency words and signs, in any of the three languages (they name the same currencies). */
export const CURRENCIES = new Vocabulary<CurrencyWords>(currencyEntries);

/**
 * The countries whose currency each code is: a currency the words leave open ("pesos", "$") or
 * do not name (a table cell) is read as the currency of a country the article names. A currency
 * missing here can be read only from quoted words that name it.
 */
export const CURRENCY_COUNTRIES: Record<string, readonly string[]> = {
  EUR: [
    'AT',
    'BE',
    'CY',
    'DE',
    'EE',
    'ES',
    'FI',
    'FR',
    'GR',
    'HR',
    'IE',
    'IT',
    'LT',
    'LU',
    'LV',
    'MT',
    'NL',
    'PT',
    'SI',
    'SK',
    'AD',
    'MC',
    'SM',
    'VA',
    'ME',
    'XK',
  ],
  GBP: ['GB', 'IM', 'JE', 'GG'],
  CHF: ['CH', 'LI'],
  MXN: ['MX'],
  ARS: ['AR'],
  CLP: ['CL'],
  COP: ['CO'],
  CUP: ['CU'],
  DOP: ['DO'],
  PHP: ['PH'],
  UYU: ['UY'],
  USD: ['US', 'EC', 'SV', 'PA', 'PR', 'TL', 'ZW', 'FM', 'MH', 'PW', 'BQ', 'VG', 'TC', 'AS', 'GU', 'MP', 'VI'],
  AUD: ['AU', 'KI', 'NR', 'TV', 'CX', 'CC', 'NF'],
  CAD: ['CA'],
  NZD: ['NZ', 'CK', 'NU', 'PN', 'TK'],
  SGD: ['SG'],
  HKD: ['HK'],
  TWD: ['TW'],
  JMD: ['JM'],
  BSD: ['BS'],
  BBD: ['BB'],
  BZD: ['BZ'],
  FJD: ['FJ'],
  LRD: ['LR'],
  NAD: ['NA'],
  SBD: ['SB'],
  SRD: ['SR'],
  TTD: ['TT'],
  XCD: ['AG', 'DM', 'GD', 'KN', 'LC', 'VC', 'AI', 'MS'],
  ZWL: ['ZW'],
  BRL: ['BR'],
  JPY: ['JP'],
  CNY: ['CN'],
};

/** What a quantity counts, as words name it (singular and plural; French and Spanish elide "de"). */
export const UNITS = byLang<Unit>({
  en: [
    ...all<Unit>('jobs', ['job', 'jobs']),
    ...all<Unit>('square-metres', ['square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'sqm', 'm²', 'm2']),
    ...all<Unit>('courses', ['course', 'courses']),
    ...all<Unit>('companies', ['company', 'companies', 'firm', 'firms', 'business', 'businesses']),
    ...all<Unit>('clips', ['clip', 'clips']),
    ...all<Unit>('projects', ['project', 'projects']),
    ...all<Unit>('productions', ['production', 'productions']),
    ...all<Unit>('people', ['people', 'person', 'persons']),
    ...all<Unit>('days', ['day', 'days']),
    ...all<Unit>('weeks', ['week', 'weeks']),
    ...all<Unit>('months', ['month', 'months']),
    ...all<Unit>('years', ['year', 'years']),
  ],
  fr: [
    ...all<Unit>('jobs', ['emploi', 'emplois', 'poste', 'postes']),
    ...all<Unit>('square-metres', ['mètre carré', 'mètres carrés', 'm²', 'm2']),
    ...all<Unit>('courses', ['cours']),
    ...all<Unit>('companies', ['entreprise', 'entreprises', 'société', 'sociétés']),
    ...all<Unit>('clips', ['clip', 'clips']),
    ...all<Unit>('projects', ['projet', 'projets']),
    ...all<Unit>('productions', ['production', 'productions']),
    ...all<Unit>('people', ['personne', 'personnes']),
    ...all<Unit>('days', ['jour', 'jours', 'journée', 'journées']),
    ...all<Unit>('weeks', ['semaine', 'semaines']),
    ...all<Unit>('months', ['mois']),
    ...all<Unit>('years', ['an', 'ans', 'année', 'années']),
  ],
  es: [
    ...all<Unit>('jobs', ['empleo', 'empleos', 'puesto de trabajo', 'puestos de trabajo']),
    ...all<Unit>('square-metres', ['metro cuadrado', 'metros cuadrados', 'm²', 'm2']),
    ...all<Unit>('courses', ['curso', 'cursos']),
    ...all<Unit>('companies', ['empresa', 'empresas', 'compañía', 'compañías']),
    ...all<Unit>('clips', ['clip', 'clips']),
    ...all<Unit>('projects', ['proyecto', 'proyectos']),
    ...all<Unit>('productions', ['producción', 'producciones']),
    ...all<Unit>('people', ['persona', 'personas']),
    ...all<Unit>('days', ['día', 'días']),
    ...all<Unit>('weeks', ['semana', 'semanas']),
    ...all<Unit>('months', ['mes', 'meses']),
    ...all<Unit>('years', ['año', 'años']),
  ],
});

/** Words between a number and what it counts or pays: "de pesos", "d'euros", "of euros". */
export const CONNECTORS = byLang<true>({
  en: all<true>(true, ['of']),
  fr: all<true>(true, ['de', "d'"]),
  es: all<true>(true, ['de']),
});

/**
 * Period phrases: what `periodWords` may say, and what each means. `YEAR` stands for a year in
 * digits, `N` for a number (digits or words).
 */
export const PERIOD_PHRASES: Record<Lang, [string, Period][]> = {
  en: [
    ...all<Period>('per-year', ['per year', 'a year', 'each year', 'every year', 'annually', 'yearly', 'per annum', 'annual', 'a-year']),
    ...all<Period>('cumulative', [
      'by YEAR',
      'between YEAR and YEAR',
      'from YEAR to YEAR',
      'since YEAR',
      'until YEAR',
      'through YEAR',
      'over N years',
      'over the N years',
      'over the next N years',
      'in total',
      'a total of',
      'in all',
      'totals',
      'totalling',
      'totaling',
      'cumulative',
    ]),
    ...all<Period>('one-off', ['one-off', 'a one-off', 'one-time', 'a one-time', 'single payment', 'once']),
  ],
  fr: [
    ...all<Period>('per-year', ['par an', 'par année', "l'an", 'chaque année', 'tous les ans', 'annuellement', 'annuel', 'annuelle', 'annuels', 'annuelles']),
    ...all<Period>('cumulative', [
      "d'ici YEAR",
      "d'ici à YEAR",
      'entre YEAR et YEAR',
      'de YEAR à YEAR',
      'depuis YEAR',
      "jusqu'en YEAR",
      "jusqu'à YEAR",
      'sur N ans',
      'en N ans',
      'au total',
      'en tout',
      'cumulé',
      'cumulée',
      'cumulés',
      'cumulées',
    ]),
    ...all<Period>('one-off', ['ponctuel', 'ponctuelle', 'en une fois', 'une seule fois', 'unique']),
  ],
  es: [
    ...all<Period>('per-year', ['al año', 'por año', 'cada año', 'anualmente', 'anual', 'anuales']),
    ...all<Period>('cumulative', [
      'para YEAR',
      'hasta YEAR',
      'entre YEAR y YEAR',
      'de YEAR a YEAR',
      'desde YEAR',
      'en N años',
      'durante N años',
      'en total',
      'en conjunto',
      'acumulado',
      'acumulada',
      'acumulados',
      'acumuladas',
    ]),
    ...all<Period>('one-off', ['por única vez', 'de una sola vez', 'una sola vez', 'único', 'única']),
  ],
};

/** Month names, 1–12, per language. */
export const MONTHS = byLang<number>({
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m, i) => [m, i + 1]),
  fr: [
    ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map(
      (m, i): [string, number] => [m, i + 1],
    ),
    ['janv.', 1],
    ['févr.', 2],
    ['sept.', 9],
    ['oct.', 10],
    ['nov.', 11],
    ['déc.', 12],
  ],
  es: [
    ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'].map(
      (m, i): [string, number] => [m, i + 1],
    ),
    ['setiembre', 9],
  ],
});

/** Weekday names, 0 (Sunday) – 6, per language. */
export const WEEKDAYS = byLang<number>({
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((d, i) => [d, i]),
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'].map((d, i) => [d, i]),
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'].map((d, i) => [d, i]),
});

/** Words that may lead a date expression without changing it: "in May 2025", "le 20 septembre", "desde 2004". */
export const DATE_LEADS = byLang<true>({
  en: all<true>(true, [
    'in',
    'on',
    'by',
    'since',
    'until',
    'from',
    'during',
    'the',
    'this',
    'last',
    'next',
    'early',
    'late',
    'mid',
    'mid-',
    'as of',
    'before',
    'after',
  ]),
  fr: all<true>(true, [
    'en',
    'le',
    'la',
    'les',
    'au',
    'du',
    'dès',
    'depuis',
    "d'ici",
    "d'ici à",
    "jusqu'en",
    "jusqu'au",
    'à partir de',
    'ce',
    'cet',
    'cette',
    'courant',
    'début',
    'fin',
    'mi',
    'avant',
    'après',
  ]),
  es: all<true>(true, [
    'en',
    'el',
    'desde',
    'hasta',
    'para',
    'a partir de',
    'este',
    'esta',
    'a',
    'antes de',
    'después de',
    'durante',
    'principios de',
    'finales de',
    'mediados de',
  ]),
});

/** Words that, before a year, make it a point in time, never a count: "by 2025", "d'ici 2025". */
export const YEAR_LEADS = byLang<true>({
  en: all<true>(true, ['by', 'in', 'since', 'until', 'from', 'before', 'after', 'of', 'to', 'through', 'during', 'year']),
  fr: all<true>(true, ['en', 'ici', 'depuis', 'avant', 'après', 'de', 'à', 'dès', 'jusqu', 'fin', 'début', 'an', 'année']),
  es: all<true>(true, ['en', 'para', 'desde', 'hasta', 'antes', 'de', 'a', 'durante', 'año']),
});

const ranks = (groups: [number, string[]][]): [string, number][] => groups.flatMap(([rank, words]) => words.map((w): [string, number] => [w, rank]));

/** Ordinal words ("eighth", "huitième", "octavo") with their rank: a rank, never a count; a translation reads it as "8th". */
export const ORDINAL_WORDS = byLang<number>({
  en: ranks([
    [1, ['first']],
    [2, ['second']],
    [3, ['third']],
    [4, ['fourth']],
    [5, ['fifth']],
    [6, ['sixth']],
    [7, ['seventh']],
    [8, ['eighth']],
    [9, ['ninth']],
    [10, ['tenth']],
    [11, ['eleventh']],
    [12, ['twelfth']],
    [13, ['thirteenth']],
    [14, ['fourteenth']],
    [15, ['fifteenth']],
    [16, ['sixteenth']],
    [17, ['seventeenth']],
    [18, ['eighteenth']],
    [19, ['nineteenth']],
    [20, ['twentieth']],
    [30, ['thirtieth']],
    [40, ['fortieth']],
    [50, ['fiftieth']],
    [100, ['hundredth']],
    [1000, ['thousandth']],
    [1e6, ['millionth']],
  ]),
  fr: ranks([
    [1, ['premier', 'première', 'premiers', 'premières']],
    [2, ['deuxième', 'second', 'seconde']],
    [3, ['troisième']],
    [4, ['quatrième']],
    [5, ['cinquième']],
    [6, ['sixième']],
    [7, ['septième']],
    [8, ['huitième']],
    [9, ['neuvième']],
    [10, ['dixième']],
    [11, ['onzième']],
    [12, ['douzième']],
    [13, ['treizième']],
    [14, ['quatorzième']],
    [15, ['quinzième']],
    [16, ['seizième']],
    [20, ['vingtième']],
    [30, ['trentième']],
    [100, ['centième']],
    [1000, ['millième']],
    [1, ['unième']],
  ]),
  es: ranks([
    [1, ['primero', 'primera', 'primer']],
    [2, ['segundo', 'segunda']],
    [3, ['tercero', 'tercera', 'tercer']],
    [4, ['cuarto', 'cuarta']],
    [5, ['quinto', 'quinta']],
    [6, ['sexto', 'sexta']],
    [7, ['séptimo', 'séptima']],
    [8, ['octavo', 'octava']],
    [9, ['noveno', 'novena']],
    [10, ['décimo', 'décima']],
    [11, ['undécimo']],
    [12, ['duodécimo']],
    [20, ['vigésimo', 'vigésima']],
    [100, ['centésimo']],
    [1000, ['milésimo']],
  ]),
});

/** Suffixes that make digits an ordinal: "8th", "1er", "8e", "2ème", "1º". */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'e', 'er', 're', 'ere', 'eme', 'em', 'me', 'nd', 'd', 'o', 'a', 'º', 'ª', '°']);

/** Words of a fraction ("half", "demi", "medio", "quarter"): a part, which no fact models today. */
export const FRACTION_WORDS = byLang<true>({
  en: all<true>(true, ['half', 'halves', 'quarter', 'quarters', 'third', 'thirds', 'a half', 'and a half']),
  fr: all<true>(true, ['demi', 'demie', 'moitié', 'quart', 'quarts', 'tiers', 'et demi', 'et demie']),
  es: all<true>(true, ['medio', 'media', 'mitad', 'cuarto', 'cuartos', 'tercio', 'tercios', 'y medio', 'y media']),
});

/** Words of a percentage after a number: "per cent", "pour cent", "por ciento", "%". */
export const PERCENT = byLang<true>({
  en: all<true>(true, ['per cent', 'percent', '%', 'pc', 'percentage points']),
  fr: all<true>(true, ['pour cent', 'pourcent', '%', 'points de pourcentage']),
  es: all<true>(true, ['por ciento', '%', 'puntos porcentuales']),
});

/** Words that join two numbers into a range: "20 to 30", "entre 20 et 30", "de 20 a 30", "20-30". */
export const RANGE_WORDS = byLang<true>({
  en: all<true>(true, ['to', 'and', 'or', '-', '–', '—']),
  fr: all<true>(true, ['à', 'et', 'ou', '-', '–', '—']),
  es: all<true>(true, ['a', 'y', 'o', '-', '–', '—']),
});

/**
 * Verbs that report speech: "Lima a estimé", "said Ana Lima", "dijo". The past participle
 * after an auxiliary and the simple forms.
 */
export const SPEECH_VERBS = byLang<true>({
  en: all<true>(true, [
    ...['said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'announced', 'announces'],
    ...['estimated', 'estimates', 'declared', 'declares', 'claimed', 'claims', 'argued', 'argues', 'insisted', 'insists', 'recalled', 'stressed', 'stresses'],
    ...[
      'highlighted',
      'highlights',
      'warned',
      'welcomed',
      'praised',
      'celebrated',
      'mentioned',
      'emphasised',
      'emphasized',
      'underlined',
      'confirmed',
      'confirms',
    ],
    ...[
      'revealed',
      'acknowledged',
      'admitted',
      'concluded',
      'pointed out',
      'put it',
      'wrote',
      'writes',
      'reiterated',
      'predicted',
      'promised',
      'hopes',
      'hoped',
      'believes',
      'thinks',
    ],
  ]),
  fr: all<true>(true, [
    ...[
      'déclaré',
      'dit',
      'affirmé',
      'estimé',
      'annoncé',
      'expliqué',
      'ajouté',
      'souligné',
      'indiqué',
      'précisé',
      'noté',
      'reconnu',
      'conclu',
      'mentionné',
      'rappelé',
    ],
    ...[
      'insisté',
      'assuré',
      'confié',
      'célébré',
      'salué',
      'réitéré',
      'mis en avant',
      'évoqué',
      'confirmé',
      'avancé',
      'détaillé',
      'résumé',
      'promis',
      'prévenu',
      'regretté',
    ],
    ...[
      'déclare',
      'dit',
      'affirme',
      'estime',
      'annonce',
      'explique',
      'ajoute',
      'souligne',
      'indique',
      'précise',
      'note',
      'reconnaît',
      'conclut',
      'rappelle',
      'assure',
      'confie',
    ],
    ...['déclarait', 'disait', 'affirmait', 'estimait', 'expliquait', 'selon', "d'après"],
  ]),
  es: all<true>(true, [
    ...[
      'dijo',
      'afirmó',
      'declaró',
      'señaló',
      'anunció',
      'explicó',
      'estimó',
      'aseguró',
      'comentó',
      'agregó',
      'añadió',
      'indicó',
      'precisó',
      'destacó',
      'subrayó',
    ],
    ...['reconoció', 'concluyó', 'mencionó', 'celebró', 'recordó', 'insistió', 'confirmó', 'dice', 'afirma', 'explica', 'asegura', 'señala', 'estima', 'según'],
    ...[
      'dicho',
      'afirmado',
      'declarado',
      'señalado',
      'anunciado',
      'explicado',
      'estimado',
      'asegurado',
      'comentado',
      'agregado',
      'añadido',
      'destacado',
      'subrayado',
    ],
  ]),
});

/** Auxiliaries and adverbs between a speaker's name and the verb: "Lima a également souligné", "Lima has also said". */
export const SPEECH_FILLERS = byLang<true>({
  en: all<true>(true, ['has', 'had', 'have', 'also', 'then', 'later', 'again', 'further', 'once', 'will', 'would', 'is', 'was', 'himself', 'herself']),
  fr: all<true>(true, ['a', 'avait', 'aura', 'ont', 'également', 'aussi', 'encore', 'ensuite', 'enfin', 'lui-même', 'elle-même', 'quant', 'à', 'lui', 'elle']),
  es: all<true>(true, ['ha', 'había', 'han', 'también', 'además', 'luego', 'ya']),
});

/** Words before a name that attribute what follows to that person: "for Lima, …", "according to Lima". */
export const ATTRIBUTIONS = byLang<true>({
  en: all<true>(true, ['according to', 'for', 'in the words of', 'said', 'says', 'told', 'added', 'explained', 'wrote', 'noted']),
  fr: all<true>(true, [
    'selon',
    "d'après",
    'pour',
    'aux yeux de',
    'a déclaré',
    'a dit',
    'a expliqué',
    'a ajouté',
    'a affirmé',
    'a estimé',
    'a souligné',
    'a indiqué',
    'a précisé',
    'a assuré',
  ]),
  es: all<true>(true, ['según', 'de acuerdo con', 'para', 'dijo', 'afirmó', 'declaró', 'señaló', 'explicó', 'añadió', 'agregó', 'aseguró', 'comentó']),
});

/**
 * Common nouns that a name's local form may translate ("Mexico City" is "Ciudad de México"): each
 * group is one word in English, French and Spanish. Every other capitalised word of a name stays
 * in its local form (accents and case aside).
 */
export const NAME_WORDS: readonly string[][] = [
  ['city', 'ville', 'cité', 'ciudad'],
  ['state', 'état', 'estado'],
  ['summit', 'sommet', 'cumbre'],
  ['school', 'école', 'escuela'],
  ['film', 'cinéma', 'cine', 'película'],
  ['commission', 'comisión'],
  ['lab', 'laboratory', 'labo', 'laboratoire', 'laboratorio'],
  ['awards', 'prix', 'premios'],
  ['fund', 'fonds', 'fondo'],
  ['university', 'université', 'universidad'],
  ['museum', 'musée', 'museo'],
  ['academy', 'académie', 'academia'],
  ['ministry', 'ministère', 'ministerio', 'secretaría'],
  ['secretariat', 'secrétariat', 'secretaría'],
  ['tourism', 'tourisme', 'turismo'],
  ['arts', 'artes'],
  ['sciences', 'ciencias'],
  ['creative', 'créative', 'creativa', 'creativo'],
  ['digital', 'numérique'],
  ['bay', 'baie', 'bahía'],
  ['cinematographic', 'cinématographique', 'cinématographiques', 'cinematográfico', 'cinematográfica', 'cinematográficos', 'cinematográficas'],
  ['mexican', 'mexicain', 'mexicaine', 'mexicains', 'mexicaines', 'mexicano', 'mexicana', 'mexicanos', 'mexicanas'],
  ['french', 'français', 'française', 'françaises', 'francés', 'francesa', 'franceses', 'francesas'],
  ['spanish', 'espagnol', 'espagnole', 'español', 'española'],
  ['american', 'américain', 'américaine', 'estadounidense', 'norteamericano', 'norteamericana'],
  ['federal', 'fédéral', 'fédérale'],
  ['national', 'nationale', 'nacional'],
  ['regional', 'régional', 'régionale'],
  ['state', 'estatal', 'étatique'],
];

/** Words a name's local form may add to the name's own: articles, prepositions, conjunctions. */
export const NAME_FUNCTION_WORDS: readonly string[] = [
  ...['the', 'of', 'in', 'and', 'for', 'at', 'on'],
  ...['le', 'la', 'les', 'l', 'de', 'd', 'du', 'des', 'et', 'en', 'à', 'au', 'aux', 'pour', 'sur'],
  ...['el', 'los', 'las', 'del', 'y', 'a', 'al', 'para', 'por', 'con'],
];

/**
 * Words of a gloss that say whose or which level a body is ("Mexican", "federal", "estatal"):
 * a gloss of a name or a title gives one only where its original does (or translates it).
 */
export const QUALIFIER_WORDS: readonly string[] = [
  ...['mexican', 'mexicain', 'mexicaine', 'mexicano', 'mexicana', 'french', 'français', 'française', 'francés', 'francesa'],
  ...['spanish', 'espagnol', 'español', 'española', 'american', 'américain', 'américaine', 'estadounidense', 'norteamericano', 'norteamericana'],
  ...['federal', 'fédéral', 'fédérale', 'national', 'nationale', 'nacional', 'regional', 'régional', 'régionale', 'estatal', 'étatique', 'municipal'],
];

/**
 * Period phrases of a figure in a translation that no fact's period models ("par mois", "monthly",
 * "cada semestre"): read as another period, so a translation that gives one where its original
 * gives none, or another, differs from it.
 */
export const OTHER_PERIODS = byLang<true>({
  en: all<true>(true, [
    'a month',
    'per month',
    'each month',
    'every month',
    'monthly',
    'a week',
    'per week',
    'weekly',
    'each semester',
    'per semester',
    'a day',
    'per day',
    'daily',
  ]),
  fr: all<true>(true, [
    'par mois',
    'chaque mois',
    'tous les mois',
    'mensuel',
    'mensuels',
    'mensuelle',
    'mensuelles',
    'mensuellement',
    'par semaine',
    'hebdomadaire',
    'par semestre',
    'chaque semestre',
    'par jour',
  ]),
  es: all<true>(true, [
    'al mes',
    'por mes',
    'cada mes',
    'mensual',
    'mensuales',
    'mensualmente',
    'a la semana',
    'por semana',
    'semanal',
    'cada semestre',
    'por semestre',
    'al día',
    'por día',
  ]),
});

/** Count nouns ("une douzaine", "a score of", "miles de"): a number, read as one. */
export const COUNT_NOUNS = byLang<number>({
  en: [
    ['dozen', 12],
    ['dozens', 12],
    ['a score of', 20],
    ['scores of', 20],
    ['hundreds', 100],
    ['thousands', 1000],
    // A vague scale: a figure only where the original gives one.
    ['millions of', 1e6],
    ['billions of', 1e9],
    ['several million', 1e6],
    ['a few million', 1e6],
    ['several billion', 1e9],
    ['a few billion', 1e9],
    ['a couple of', 2],
    ['a pair of', 2],
  ],
  fr: [
    ['dizaine', 10],
    ['dizaines', 10],
    ['douzaine', 12],
    ['douzaines', 12],
    ['quinzaine', 15],
    ['quinzaines', 15],
    ['vingtaine', 20],
    ['vingtaines', 20],
    ['trentaine', 30],
    ['quarantaine', 40],
    ['cinquantaine', 50],
    ['centaine', 100],
    ['centaines', 100],
    ['millier', 1000],
    ['milliers', 1000],
    ['des millions', 1e6],
    ['quelques millions', 1e6],
    ['plusieurs millions', 1e6],
    ['des milliards', 1e9],
    ['quelques milliards', 1e9],
    ['plusieurs milliards', 1e9],
    ['une paire de', 2],
    ["une paire d'", 2],
  ],
  es: [
    ['decena', 10],
    ['decenas', 10],
    ['docena', 12],
    ['docenas', 12],
    ['quincena', 15],
    ['veintena', 20],
    ['veintenas', 20],
    ['treintena', 30],
    ['centenar', 100],
    ['centenares', 100],
    ['cientos', 100],
    ['millar', 1000],
    ['millares', 1000],
    ['miles', 1000],
    ['unos millones', 1e6],
    ['varios millones', 1e6],
    ['algunos millones', 1e6],
    ['un par de', 2],
  ],
});

/** Ratio and fraction words ("twice", "le double de", "la mitad", "et demie"): a number, read as one. */
export const RATIO_WORDS = byLang<number>({
  en: [
    ['twice', 2],
    ['three times', 3],
    ['threefold', 3],
    ['four times', 4],
    ['fourfold', 4],
    ['five times', 5],
    ['ten times', 10],
    ['tenfold', 10],
    ['half', 0.5],
    ['and a half', 0.5],
    ['half a million', 5e5],
    ['half a billion', 5e8],
    ['a quarter', 0.25],
    ['three quarters', 0.75],
  ],
  // "Double" and "triple" are adjectives too ("un double rôle"): read with the article that makes them a quantity.
  fr: [
    ['le double', 2],
    ['du double', 2],
    ['au double', 2],
    ['le triple', 3],
    ['du triple', 3],
    ['au triple', 3],
    ['le quadruple', 4],
    ['du quadruple', 4],
    ['au quadruple', 4],
    ['le quintuple', 5],
    ['le décuple', 10],
    ['moitié', 0.5],
    ['un demi-million', 5e5],
    ['demi-million', 5e5],
    ['un demi-milliard', 5e8],
    ['demi-milliard', 5e8],
    ['un quart', 0.25],
    ['le quart', 0.25],
    ['trois quarts', 0.75],
    ['un tiers', 1 / 3],
    ['le tiers', 1 / 3],
    ['et demi', 0.5],
    ['et demie', 0.5],
  ],
  es: [
    ['el doble', 2],
    ['del doble', 2],
    ['al doble', 2],
    ['el triple', 3],
    ['del triple', 3],
    ['al triple', 3],
    ['el cuádruple', 4],
    ['del cuádruple', 4],
    ['al cuádruple', 4],
    ['el quíntuple', 5],
    ['el décuplo', 10],
    ['mitad', 0.5],
    ['medio millón', 5e5],
    ['medio millon', 5e5],
    ['un cuarto', 0.25],
    ['tres cuartos', 0.75],
    ['un tercio', 1 / 3],
    ['y medio', 0.5],
    ['y media', 0.5],
  ],
});
