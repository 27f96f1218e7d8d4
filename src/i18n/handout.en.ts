/**
 * English strings of the workshop PDFs (the participant handout and the facilitator guide).
 * Part of the English dictionary (`en.ts`); every language has its own `handout.<lang>.ts`
 * with exactly these keys. The PDFs also use `workshop.*`, `scale.*` and `report.*` strings.
 */
export const handoutEn = {
	'handout.title.handout': 'Workshop handout',
	'handout.title.guide': 'Facilitator guide',
	'handout.subject.handout': 'Participant handout of a workshop on the ISSA Guidelines',
	'handout.subject.guide': 'Facilitator guide of a workshop on the ISSA Guidelines',
	'handout.date': 'Date',
	'handout.time': 'Time',
	'handout.timeValue': '{start} to {end} ({minutes} minutes)',
	'handout.facilitator': 'Facilitator',
	'handout.audience': 'Audience',
	'handout.guidelines': 'Guidelines',
	'handout.guidelineCount.one': '{count} guideline, listed in the contents',
	'handout.guidelineCount.other': '{count} guidelines, listed in the contents',
	'handout.prepared': 'Prepared on {date}.',
	'handout.statement':
		'Made with Guidelines Workbench, an independent tool. This is not ISSA material, and neither it nor the tool is endorsed by the ISSA. The numbers and titles of the guidelines are the ISSA’s; everything else (summaries, questions and exercises) is our own summary, not ISSA text. For the authoritative wording, read the guidelines on issa.int.',
	'handout.guide.forYou':
		'For the facilitator only: this guide holds your notes, the timings and what to listen for. Give participants the participant handout.',
	'handout.footer': 'Made with Guidelines Workbench, an independent tool; not ISSA material.',
	'handout.leftOut.one':
		'{count} guideline of the pack is not in this library (the pack may come from another version of the site) and is left out.',
	'handout.leftOut.other':
		'{count} guidelines of the pack are not in this library (the pack may come from another version of the site) and are left out.',

	'handout.prep.intro':
		'Before the workshop, write a short statement of purpose and bring it with you: the workshop opens with participants sharing theirs.',
	'handout.prep.guideIntro':
		'Participants receive this template before the workshop. In the opening, ask some of them to share their answers and note the obstacles they name, so that you can come back to them in the sessions.',
	'handout.prep.word': 'A word from the facilitator',
	'handout.col.guideline': 'Guideline',
	'handout.col.implementing': 'Implementing',
	'handout.col.planned': 'Planned',
	'handout.col.notYet': 'Not yet',

	'handout.agenda.intro': 'Times are planned; the facilitator may adjust them on the day.',

	'handout.summary': 'In short',
	'handout.responsible': 'Who is usually responsible',
	'handout.questions': 'Questions for discussion',
	'handout.exercises': 'Exercises',
	'handout.worksheet.intro': 'Tick the one level that best describes your institution today.',
	'handout.col.level': 'Level',
	'handout.col.description': 'What it looks like',
	'handout.col.tick': 'Tick one',
	'handout.worksheet.evidence': 'Evidence we have for this level:',
	'handout.evidence.intro':
		'For each item an assessor would ask for, note where your institution keeps it and who owns it. Leave both empty if you do not have it.',
	'handout.col.evidence': 'What an assessor would ask for',
	'handout.col.where': 'Where we keep it',
	'handout.col.whoOwns': 'Who owns it',
	'handout.practice.intro':
		'For each usual way of putting the guideline in place, tick how far your institution has it.',
	'handout.col.practice': 'Usual practice',
	'handout.col.inPlace': 'In place',
	'handout.col.partly': 'Partly',

	'handout.guide.time': 'Time allotted: {minutes} minutes, from {start} to {end}.',
	'handout.guide.notes': 'Your notes',
	'handout.guide.questions': 'Discussion questions',
	'handout.guide.questionsIntro':
		'All our questions for this guideline; those marked “In the handout” are printed for participants.',
	'handout.col.number': 'No.',
	'handout.col.question': 'Question',
	'handout.col.inHandout': 'In the handout',
	'handout.yes': 'Yes',
	'handout.no': 'No',
	'handout.noQuestions': 'No discussion question is printed in the handout for this guideline.',
	'handout.guide.listen': 'What to listen for',
	'handout.guide.listenIntro':
		'Signs that an institution has the guideline in place: the usual ways of putting it in place, and the evidence an assessor would ask for.',
	'handout.guide.mechanism': 'Usual ways of putting it in place',
	'handout.guide.evidence': 'Evidence an assessor would look for',
	'handout.guide.exercises': 'Exercises in the handout',
	'handout.guide.noExercises': 'No exercise is printed in the handout for this guideline.',
	'handout.guide.run.worksheet':
		'Give participants five minutes to tick a level alone, then compare in pairs: where colleagues of one institution differ, the guideline is understood differently.',
	'handout.guide.run.evidence':
		'In small groups, participants note where each item is kept and who owns it; items nobody can locate are good candidates for the action plan.',
	'handout.guide.run.practice':
		'Go through the practices one by one and ask those who ticked “In place” how they know: what document, decision or figure shows it.',

	'handout.followUp.intro':
		'After the workshop, turn what you learned into a few concrete actions, and review them at the three check-ins below.',
	'handout.followUp.guideIntro':
		'In the closing session, each participant starts the action plan below. Agree on the check-in dates before everyone leaves.',
	'handout.actionPlan': 'Action plan',
	'handout.col.action': 'Action',
	'handout.col.owner': 'Owner',
	'handout.col.due': 'Due',
	'handout.col.progress': 'How progress will show',
	'handout.checkIns': 'Check-ins',
	'handout.col.checkIn': 'Check-in',
	'handout.col.review': 'What to review',
	'handout.col.ask': 'What to ask',
	'handout.checkIn.review.1':
		'Which actions have started? Does each one have an owner, and is its due date still right?',
	'handout.checkIn.review.2':
		'What shows progress so far? What blocks the actions that have not moved, and who can remove the obstacle?',
	'handout.checkIn.review.3':
		'What has changed for the workshop’s guidelines? Rate them again on the 0–4 scale and plan the next steps.',
	'handout.checkIn.ask.1':
		'Ask each participant for their first action, its owner and whether it has started; help those who have not started to choose one small step.',
	'handout.checkIn.ask.2':
		'Ask for evidence of progress (a document, a decision, a figure) and collect the obstacles several institutions share.',
	'handout.checkIn.ask.3':
		'Ask participants to compare a new rating with their worksheet from the workshop, and agree whether to go on to a full self-assessment.',
} as const;
