/**
 * The workshop's PDFs, as blocks: the participant handout (cover, contents, the
 * statement-of-purpose template, the agenda, per guideline our summary, the chosen questions
 * and exercises with room to write, and the follow-up: an action-plan template and the three
 * check-ins) and the facilitator guide (the same skeleton with the timings, the trainer's
 * notes, every question with the chosen ones marked, what to listen for, how to run each
 * exercise and what to ask at each check-in).
 *
 * It prints only the guidelines' numbers and titles and our own texts (from the library in the
 * pack's language), never ISSA text. The facilitator notes go in the guide only. Every word of
 * the documents' own comes from the strings of the chosen language.
 */
import type {
	Catalogue,
	CatalogueGuideline,
	CatalogueSet,
} from '../../domain/assessment/catalogue.ts';
import type { Locale } from '../../domain/locales.ts';
import { agenda, checkIns } from '../../domain/workshop/agenda.ts';
import type { Exercise, Workshop, WorkshopItem } from '../../domain/workshop/model.ts';
import type { GuidelineWorkshopText, WorkshopTexts } from '../../domain/workshop/texts.ts';
import type { AssessStrings } from '../../components/assess/strings.ts';
import { makeText } from '../../i18n/text.ts';
import type { Block, TableRow, TextKind } from '../layout/layout.ts';
import type { ReportDocument } from './assessment.ts';

export type WorkshopDocumentKind = 'handout' | 'guide';

export interface WorkshopDocumentOptions {
	locale: Locale;
	kind: WorkshopDocumentKind;
	/** The day the document is made, `YYYY-MM-DD`. */
	date: string;
}

/** The most guidelines the cover lists by name. */
const COVER_LIST = 12;
/** Empty rows of the action-plan template. */
const ACTION_ROWS = 8;
/** Height of a row to write in by hand, in points. */
const WRITE_ROW = 26;

const NO_TEXT: GuidelineWorkshopText = {
	structure: '',
	mechanism: [],
	evidence: [],
	questions: [],
};

/** A pack item with its guideline and set in the catalogue. */
interface Placed {
	item: WorkshopItem;
	set: CatalogueSet;
	guideline: CatalogueGuideline;
	text: GuidelineWorkshopText;
}

/** Builds the participant handout or the facilitator guide of a workshop pack. */
export function workshopDocument(
	pack: Workshop,
	catalogue: Catalogue,
	texts: WorkshopTexts,
	strings: AssessStrings,
	options: WorkshopDocumentOptions
): ReportDocument {
	const text = makeText(options.locale, strings);
	const { t } = text;
	const guide = options.kind === 'guide';

	// The guidelines the library has, in pack order; the others are left out (and counted).
	const byId = new Map<string, { set: CatalogueSet; guideline: CatalogueGuideline }>();
	for (const set of catalogue.sets)
		for (const guideline of set.guidelines) byId.set(guideline.id, { set, guideline });
	const placed: Placed[] = pack.items.flatMap((item) => {
		const found = byId.get(item.guideline);
		return found ? [{ item, ...found, text: texts[item.guideline] ?? NO_TEXT }] : [];
	});
	const leftOut = pack.items.length - placed.length;
	const name = (p: Placed) =>
		`${p.set.code.toUpperCase()} ${p.guideline.number}. ${p.guideline.title}`;
	// The agenda of what is printed, so that its times match the sessions that follow.
	const plan = agenda({ ...pack, items: placed.map((p) => p.item) });
	const session = new Map(
		plan.rows.filter((r) => r.kind === 'guideline').map((r) => [r.guideline, r])
	);

	const title = t(guide ? 'handout.title.guide' : 'handout.title.handout');
	const blocks: Block[] = [];
	const h1 = (value: string, anchor: string): Block => ({
		kind: 'text',
		text: value,
		style: 'h1',
		anchor,
		outline: 1,
	});
	const para = (value: string, style: TextKind = 'body'): Block => ({
		kind: 'text',
		text: value,
		style,
	});
	const h3 = (value: string): Block => ({ kind: 'text', text: value, style: 'h3' });

	// Cover.
	const facts: TableRow[] = [
		{ cells: [t('handout.date'), pack.date ? text.date(pack.date) : t('workshop.noDate')] },
		{
			cells: [
				t('handout.time'),
				t('handout.timeValue', { start: pack.start, end: plan.end, minutes: pack.duration }),
			],
		},
	];
	if (pack.facilitator.trim()) facts.push({ cells: [t('handout.facilitator'), pack.facilitator] });
	if (pack.audience.trim()) facts.push({ cells: [t('handout.audience'), pack.audience] });
	// A long pack's guidelines are listed in the contents rather than on the cover.
	facts.push({
		cells: [
			t('handout.guidelines'),
			placed.length > COVER_LIST
				? text.tn('handout.guidelineCount', placed.length)
				: placed.map(name).join('\n') || '—',
		],
	});
	blocks.push(
		{ kind: 'space', height: 60 },
		{ kind: 'text', text: title, style: 'title' },
		{ kind: 'text', text: pack.title, style: 'subtitle' },
		{ kind: 'space', height: 16 },
		{
			kind: 'table',
			header: false,
			columns: [
				{ title: '', width: 1 },
				{ title: '', width: 3 },
			],
			rows: facts,
		},
		{ kind: 'space', height: 10 }
	);
	if (guide) blocks.push(para(t('handout.guide.forYou')));
	blocks.push(para(t('handout.statement')));
	if (leftOut > 0) blocks.push(para(text.tn('handout.leftOut', leftOut), 'muted'));
	blocks.push(para(t('handout.prepared', { date: text.date(options.date) }), 'muted'));
	blocks.push(
		{ kind: 'pageBreak' },
		{ kind: 'contents', title: t('report.contents') },
		{ kind: 'pageBreak' }
	);

	// Preparation: the trainer's word, then the statement-of-purpose template.
	blocks.push(h1(t('workshop.phase.preparation'), 'preparation'));
	blocks.push(para(t(guide ? 'handout.prep.guideIntro' : 'handout.prep.intro')));
	if (pack.preparation.trim())
		blocks.push(h3(t('handout.prep.word')), para(pack.preparation.trim()));
	const implementing: Block = {
		kind: 'table',
		grid: true,
		columns: [
			{ title: t('handout.col.guideline'), width: 4 },
			{ title: t('handout.col.implementing'), width: 1.1 },
			{ title: t('handout.col.planned'), width: 1 },
			{ title: t('handout.col.notYet'), width: 1 },
		],
		rows: placed.map((p) => ({ cells: [name(p), '', '', ''], minHeight: guide ? 0 : 20 })),
	};
	for (const prompt of ['institution', 'implementing', 'obstacles', 'expect'] as const) {
		blocks.push(h3(t(`workshop.prep.${prompt}`)));
		if (prompt === 'implementing') blocks.push(implementing);
		if (!guide) blocks.push({ kind: 'lines', count: prompt === 'implementing' ? 2 : 4 });
	}

	// Agenda.
	const sessionName = (row: (typeof plan.rows)[number]) => {
		if (row.kind === 'opening') return t('workshop.agenda.opening');
		if (row.kind === 'closing') return t('workshop.agenda.closing');
		const p = placed.find((x) => x.item.guideline === row.guideline);
		return p ? name(p) : (row.guideline ?? '');
	};
	blocks.push(
		{ kind: 'pageBreak' },
		h1(t('workshop.agenda.heading'), 'agenda'),
		para(t('handout.agenda.intro'), 'muted'),
		{
			kind: 'table',
			columns: [
				{ title: t('workshop.agenda.time'), width: 1.2 },
				{ title: t('workshop.agenda.session'), width: 5 },
				{ title: t('workshop.agenda.minutes'), width: 0.9 },
			],
			rows: plan.rows.map((row) => ({
				cells: [`${row.start}–${row.end}`, sessionName(row), text.number(row.minutes)],
				bold: row.kind !== 'guideline',
			})),
		},
		para(
			t('workshop.agenda.total', {
				total: text.number(plan.total),
				duration: text.number(plan.duration),
				end: plan.end,
			})
		)
	);
	if (guide && plan.over > 0)
		blocks.push(para(t('workshop.agenda.over', { minutes: text.number(plan.over) })));
	if (guide && plan.free > 0)
		blocks.push(para(t('workshop.agenda.free', { minutes: text.number(plan.free) }), 'muted'));

	// The workshop: one guideline after the other.
	placed.forEach((p, index) => {
		const { item } = p;
		blocks.push(
			{ kind: 'pageBreak' },
			{
				kind: 'text',
				text: name(p),
				style: 'h1',
				anchor: `guideline-${index}`,
				outline: 1,
			}
		);
		const row = session.get(item.guideline);
		if (guide && row)
			blocks.push(
				para(
					t('handout.guide.time', {
						minutes: text.number(row.minutes),
						start: row.start,
						end: row.end,
					}),
					'h3'
				)
			);
		// The facilitator's own notes: in the guide only, never in the handout.
		if (guide && item.notes.trim())
			blocks.push(
				{ kind: 'text', text: t('handout.guide.notes'), style: 'h2' },
				para(item.notes.trim())
			);
		blocks.push(h3(t('handout.summary')), para(p.guideline.statement));
		if (p.text.structure) blocks.push(h3(t('handout.responsible')), para(p.text.structure));

		const questions = p.text.questions;
		const chosen = [...new Set(item.questions)]
			.filter((i) => i >= 0 && i < questions.length)
			.sort((a, b) => a - b);
		if (guide) {
			blocks.push({ kind: 'text', text: t('handout.guide.questions'), style: 'h2' });
			if (questions.length > 0)
				blocks.push(para(t('handout.guide.questionsIntro'), 'muted'), {
					kind: 'table',
					columns: [
						{ title: t('handout.col.number'), width: 0.5 },
						{ title: t('handout.col.question'), width: 6 },
						{ title: t('handout.col.inHandout'), width: 1.2 },
					],
					rows: questions.map((q, i) => ({
						cells: [text.number(i + 1), q, chosen.includes(i) ? t('handout.yes') : t('handout.no')],
						bold: chosen.includes(i),
					})),
				});
			if (chosen.length === 0) blocks.push(para(t('handout.noQuestions'), 'muted'));
			if (p.text.mechanism.length > 0 || p.text.evidence.length > 0) {
				blocks.push(
					{ kind: 'text', text: t('handout.guide.listen'), style: 'h2' },
					para(t('handout.guide.listenIntro'), 'muted')
				);
				if (p.text.mechanism.length > 0)
					blocks.push(h3(t('handout.guide.mechanism')), {
						kind: 'list',
						items: p.text.mechanism,
						style: 'body',
					});
				if (p.text.evidence.length > 0)
					blocks.push(h3(t('handout.guide.evidence')), {
						kind: 'list',
						items: p.text.evidence,
						style: 'body',
					});
			}
		} else if (chosen.length > 0) {
			blocks.push(
				{ kind: 'text', text: t('handout.questions'), style: 'h2' },
				{ kind: 'list', items: chosen.map((i) => questions[i]!) }
			);
		}

		const exercises = [...new Set(item.exercises)].filter((e) => exerciseFits(e, p.text));
		if (guide || exercises.length > 0)
			blocks.push({
				kind: 'text',
				text: t(guide ? 'handout.guide.exercises' : 'handout.exercises'),
				style: 'h2',
			});
		if (guide && exercises.length === 0) blocks.push(para(t('handout.guide.noExercises'), 'muted'));
		// The guide says how to run each exercise; its tables are the handout's (and the
		// evidence and practices they list are above, under what to listen for).
		for (const exercise of exercises)
			blocks.push(
				h3(t(`workshop.exercise.${exercise}`)),
				...(guide ? [para(t(`handout.guide.run.${exercise}`))] : exerciseBlocks(exercise, p.text))
			);
	});

	// Follow-up: the action-plan template and the three check-ins.
	const dates = checkIns(pack.date);
	blocks.push(
		{ kind: 'pageBreak' },
		h1(t('workshop.phase.followUp'), 'follow-up'),
		para(t(guide ? 'handout.followUp.guideIntro' : 'handout.followUp.intro')),
		{ kind: 'text', text: t('handout.actionPlan'), style: 'h2' },
		{
			kind: 'table',
			grid: true,
			columns: [
				{ title: t('handout.col.action'), width: 3 },
				{ title: t('handout.col.guideline'), width: 1.4 },
				{ title: t('handout.col.owner'), width: 1.3 },
				{ title: t('handout.col.due'), width: 1 },
				{ title: t('handout.col.progress'), width: 2.3 },
			],
			rows: Array.from({ length: guide ? 2 : ACTION_ROWS }, () => ({
				cells: ['', '', '', '', ''],
				minHeight: WRITE_ROW + 8,
			})),
		},
		{ kind: 'text', text: t('handout.checkIns'), style: 'h2' },
		{
			kind: 'table',
			columns: [
				{ title: t('handout.col.checkIn'), width: 1.5 },
				{ title: t('workshop.followUp.when'), width: 1.2 },
				{ title: t('handout.col.review'), width: 3 },
				...(guide ? [{ title: t('handout.col.ask'), width: 3 }] : []),
			],
			rows: dates.map((c, i) => {
				const n = (i + 1) as 1 | 2 | 3;
				return {
					cells: [
						text.tn('workshop.followUp.checkIn', c.months),
						c.date ? text.date(c.date) : t('workshop.noDate'),
						t(`handout.checkIn.review.${n}`),
						...(guide ? [t(`handout.checkIn.ask.${n}`)] : []),
					],
				};
			}),
		}
	);
	if (!pack.date) blocks.push(para(t('workshop.followUp.noDate'), 'muted'));

	return {
		blocks,
		footer: { pageOf: t('report.pageOf'), note: t('handout.footer') },
		title: `${title}: ${pack.title}`,
		author: pack.facilitator,
		subject: t(guide ? 'handout.subject.guide' : 'handout.subject.handout'),
		keywords: [...new Set(placed.map((p) => p.set.code.toUpperCase()))],
	};

	/** Whether our texts have what an exercise prints. */
	function exerciseFits(exercise: Exercise, texts: GuidelineWorkshopText): boolean {
		if (exercise === 'evidence') return texts.evidence.length > 0;
		if (exercise === 'practice') return texts.mechanism.length > 0;
		return true;
	}

	/** An exercise of the handout: what to do and a table with room to write. */
	function exerciseBlocks(exercise: Exercise, texts: GuidelineWorkshopText): Block[] {
		const write = WRITE_ROW;
		if (exercise === 'worksheet')
			return [
				para(t('handout.worksheet.intro')),
				{
					kind: 'table',
					grid: true,
					columns: [
						{ title: t('handout.col.level'), width: 1.5 },
						{ title: t('handout.col.description'), width: 5 },
						{ title: t('handout.col.tick'), width: 0.9 },
					],
					rows: ([0, 1, 2, 3, 4] as const).map((level) => ({
						cells: [t(`scale.level.${level}`), t(`scale.hint.${level}`), ''],
						minHeight: write,
					})),
				},
				para(t('handout.worksheet.evidence')),
				{ kind: 'lines', count: 3 },
			];
		if (exercise === 'evidence')
			return [
				para(t('handout.evidence.intro')),
				{
					kind: 'table',
					grid: true,
					columns: [
						{ title: t('handout.col.evidence'), width: 4 },
						{ title: t('handout.col.where'), width: 2.2 },
						{ title: t('handout.col.whoOwns'), width: 1.6 },
					],
					rows: texts.evidence.map((e) => ({ cells: [e, '', ''], minHeight: write })),
				},
			];
		return [
			para(t('handout.practice.intro')),
			{
				kind: 'table',
				grid: true,
				columns: [
					{ title: t('handout.col.practice'), width: 5.2 },
					{ title: t('handout.col.inPlace'), width: 0.9 },
					{ title: t('handout.col.partly'), width: 0.9 },
					{ title: t('handout.col.notYet'), width: 0.9 },
				],
				rows: texts.mechanism.map((m) => ({ cells: [m, '', '', ''], minHeight: write })),
			},
		];
	}
}
