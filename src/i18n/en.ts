/**
 * English UI strings: the reference dictionary. Every other language must have exactly these
 * keys (checked by the type of `Dictionary` and by `test/i18n.test.ts`). `{name}` marks a
 * value filled in at run time; keys ending in `.one` / `.other` are plural forms.
 */
import { assessEn } from './assess.en.ts';
import { handoutEn } from './handout.en.ts';
import { workshopEn } from './workshop.en.ts';
import { offlineEn } from './offline.en.ts';

export const en = {
	'site.name': 'Guidelines Workbench',
	'site.tagline': 'Read, search and self-assess against the ISSA Guidelines',
	'site.independence':
		'Guidelines Workbench is an independent tool. It is not published, endorsed or certified by the International Social Security Association (ISSA), and using it does not lead to ISSA Recognition.',
	'site.contentNote':
		'Guideline numbers and titles are facts taken from the ISSA Guidelines; every other text is written by the Workbench team in its own words. The original guidelines are published by the ISSA on issa.int.',
	'skip.link': 'Skip to content',
	'nav.home': 'Home',
	'nav.sets': 'Guideline sets',
	'nav.setTree': 'Guidelines in this set',
	'nav.breadcrumbs': 'Breadcrumbs',
	'nav.pagination': 'Previous and next guideline',
	'nav.previous': 'Previous',
	'nav.next': 'Next',
	'language.label': 'Language',
	'language.current': 'Language: {language}',
	'theme.label': 'Colour theme',
	'theme.auto': 'Same as system',
	'theme.light': 'Light',
	'theme.dark': 'Dark',
	'home.title': 'The ISSA Guidelines, in a workbench',
	'home.intro':
		'A library of the ISSA Guidelines for social security administration: every set, part and guideline, with an explanation in plain words, who is usually responsible, how institutions put it in place, the evidence an assessor would look for and questions for discussion.',
	'home.setsHeading': 'The guideline sets',
	'home.waysIn': 'Where to start',
	'home.reader.title': 'Looking for a guideline',
	'home.reader.text':
		'Open a set and follow its parts and sections down to each guideline, with links to related guidelines.',
	'home.reader.link': 'Browse the {set} set',
	'home.agency.title': 'Preparing your institution for Recognition',
	'home.agency.text':
		'Each guideline lists the evidence an independent assessor would look for, so your quality unit can check what you already have.',
	'home.agency.link': 'See the evidence for a guideline',
	'home.trainer.title': 'Preparing a workshop',
	'home.trainer.text':
		'Pick guidelines and the workshop builder turns them into an agenda, participant handouts and a facilitator guide, with our discussion questions and exercises.',
	'home.trainer.link': 'Open the workshop builder',
	'card.edition': 'Edition {edition}',
	'card.guidelines.one': '{count} guideline available',
	'card.guidelines.other': '{count} guidelines available',
	'card.languages': 'Languages: {languages}',
	'card.notIncluded': 'Not yet in this content pack.',
	'card.issaPage': 'Set page on issa.int',
	'set.edition': 'Edition',
	'set.issaEdition': 'Edition ISSA shows today',
	'set.source': 'ISSA source page',
	'set.facts': 'About this set',
	'set.coverage': 'Coverage in this pack',
	'set.inEdition': 'Guidelines in the edition',
	'set.inEditionUnknown': 'not known',
	'set.included': 'Included here',
	'set.confirmed': 'Number and title confirmed by a stored ISSA source',
	'set.unconfirmed': 'Included but not confirmed by a stored source',
	'set.missing': 'Not yet included',
	'set.missingNumbers': 'Numbers not yet included: {numbers}.',
	'set.languages': 'Languages',
	'set.contents': 'Parts, sections and guidelines',
	'set.part': 'Part {id}',
	'set.unconfirmedBadge': 'not confirmed',
	'set.untitled': 'title not yet confirmed',
	'set.emptyPart': 'No guideline of this part is included yet.',
	'guideline.heading': 'Guideline {number}. {title}',
	'guideline.short': 'Guideline {number}',
	'guideline.statement': 'In one sentence',
	'guideline.explanation': 'Explanation',
	'guideline.structure': 'Who is responsible',
	'guideline.mechanism': 'How it is put in place',
	'guideline.evidence': 'Evidence an assessor would look for',
	'guideline.questions': 'Questions for discussion',
	'guideline.related': 'Related guidelines',
	'guideline.source': 'Source',
	'guideline.confirmed': 'Number and title confirmed by a stored ISSA page:',
	'guideline.confirmedCopy':
		'Number and title confirmed by a stored copy of an ISSA publication ({publication}):',
	'guideline.unconfirmed': 'Number and title not confirmed by a stored source.',
	'guideline.titleOurs':
		'The title in this language is our translation of ISSA’s English title, “{title}”.',
	'guideline.titleIssa':
		'The title in this language is ISSA’s own, as this stored ISSA page shows:',
	'guideline.ourWords':
		'Apart from the number and title, the text on this page is written by the Workbench team; it is not ISSA text. For the authoritative wording, read the set on issa.int.',
	'guideline.issaSet': 'The set on issa.int',
	'anchor.link': 'Link to the section “{title}”',
	'anchor.copy': 'Copy link to “{title}”',
	'anchor.copied': 'Link copied to the clipboard.',
	'anchor.copyFailed': 'Could not copy. The link is now in the address bar.',
	'fallback.notice':
		'This page has not been translated into this language yet. You are reading the English text.',
	'nav.coverage': 'Coverage of this pack',
	'retired.title': 'This guideline is no longer in this library',
	'retired.intro':
		'The edition of the {set} set that this library follows has no guideline at this address any more. Assessments that rated it keep their ratings in their files.',
	'retired.replacedBy': 'Its subject is now covered by:',
	'retired.why': 'Why:',
	'retired.set': 'All guidelines of the {set} set',
	'coverage.title': 'Coverage of the content pack',
	'coverage.intro':
		'Which ISSA guideline sets this pack includes, which edition each follows, how many of that edition’s guidelines are here, how many of their numbers and titles a stored ISSA source confirms, and in which languages each set can be read.',
	'coverage.caption': 'Guideline sets in this pack',
	'coverage.set': 'Set',
	'coverage.issaEdition': 'ISSA today',
	'coverage.notInPack': 'not in this pack',
	'coverage.totals': 'All sets',
	'coverage.languages.caption': 'Languages each set can be read in',
	'coverage.languages.complete': 'complete',
	'coverage.languages.partial': '{count} of {total} guidelines',
	'coverage.languages.none': 'not translated',
	'search.title': 'Search',
	'search.open': 'Search',
	'search.label': 'Search the guidelines',
	'search.hint': 'Words, a title, or a number such as “EEF 12”.',
	'search.results.one': '{count} result',
	'search.results.other': '{count} results',
	'search.none': 'No guideline matches “{query}”.',
	'search.noneWithoutEnglish':
		'Nothing in this language matches. Include the English text to search the guidelines not yet translated.',
	'search.filters': 'Filters',
	'search.filterSet': 'Set',
	'search.filterPart': 'Part',
	'search.allSets': 'All sets',
	'search.allParts': 'All parts',
	'search.includeEnglish': 'Include English text where no translation exists',
	'search.recent': 'Recent searches',
	'search.clearRecent': 'Clear recent searches',
	'search.close': 'Close',
	'search.loading': 'Loading the search index…',
	'search.loadError': 'The search index could not be loaded. Check the connection and try again.',
	'search.retry': 'Try again',
	'search.english': 'English',
	'search.kind.set': 'Set',
	'search.kind.part': 'Part',
	'search.noscript': 'Search needs JavaScript. You can still browse every set from the home page.',
	'search.storageFull':
		'Recent searches could not be saved: the browser’s storage is full or blocked.',
	'search.missing.library': 'Guideline {number} of {set} is not in this library yet.',
	'search.missing.edition':
		'The edition of {set} has {count} guidelines: there is no guideline {number}.',
	'search.missing.setLink': 'The guidelines of {set} in this library',
	'search.missing.coverage': 'What the library covers',
	'search.more': 'Show more results',
	'root.title': 'Choose a language',
	'notFound.title': 'Page not found',
	'notFound.text':
		'There is no page at this address. It may have moved when the content pack changed.',
	'notFound.home': 'Go to the home page',
	...assessEn,
	...handoutEn,
	...workshopEn,
	...offlineEn,
} as const;

/** A UI string key. */
export type UiKey = keyof typeof en;

/** A complete dictionary for one language. */
export type Dictionary = Record<UiKey, string>;
