/**
 * English UI strings of the workshop builder (list, builder, shared view, worksheet, print
 * view, "Add to workshop"). Part of the English dictionary (`en.ts`); every language has its
 * own `workshop.<lang>.ts` with exactly these keys.
 */
export const workshopEn = {
	'nav.workshops': 'Workshops',

	'workshop.title': 'Workshop builder',
	'workshop.intro':
		'Prepare a workshop on a few guidelines in the three phases the ISSA Academy uses: preparation, the workshop itself and three months of follow-up. Packs stay in this browser; export a file or share a link to pass one on.',
	'workshop.independence':
		'The handouts print our own summaries, questions and exercises. They are not ISSA training material, and this tool is not endorsed by the ISSA.',
	'workshop.schemaLink': 'The workshop pack file format (JSON Schema)',
	'workshop.loading': 'Loading your workshop packs…',
	'workshop.noscript': 'The workshop builder needs JavaScript.',
	'workshop.loadError':
		'The data of the workshop builder could not be loaded. Check the connection and reload the page.',

	'workshop.list.heading': 'Workshop packs in this browser',
	'workshop.list.empty':
		'There is no workshop pack in this browser yet. Create one, import a file, or add guidelines from their pages.',
	'workshop.list.date': 'Date',
	'workshop.list.guidelines': 'Guidelines',
	'workshop.list.updated': 'Last change',
	'workshop.list.open': 'Open',
	'workshop.list.active': '“Add to workshop” adds to this pack',
	'workshop.list.makeActive': 'Add guidelines to this pack',
	'workshop.list.actionsFor': 'Actions for “{title}”',
	'workshop.noDate': 'Date to be set',
	'workshop.duplicate': 'Duplicate',
	'workshop.copyTitle': '{title} (copy)',
	'workshop.delete': 'Delete',
	'workshop.delete.confirm':
		'Delete “{title}” from this browser? Export it first if you may need it again.',
	'workshop.delete.yes': 'Delete it',
	'workshop.delete.no': 'Keep it',
	'workshop.deleted': '“{title}” was deleted.',
	'workshop.undo': 'Undo',
	'workshop.skipped':
		'{count} stored pack(s) could not be read (damaged, or saved by a newer version of the site) and are not shown.',

	'workshop.new.heading': 'New workshop pack',
	'workshop.new.create': 'Create pack',
	'workshop.field.title': 'Title',
	'workshop.field.audience': 'Audience',
	'workshop.field.audience.hint': 'Who will take part, for example “heads of contribution units”.',
	'workshop.field.date': 'Date',
	'workshop.field.start': 'Start time',
	'workshop.field.duration': 'Duration (minutes)',
	'workshop.field.language': 'Language of the handouts',
	'workshop.field.facilitator': 'Facilitator',
	'workshop.field.opening': 'Opening (minutes)',
	'workshop.field.closing': 'Closing (minutes)',
	'workshop.field.preparation': 'A word to participants before the workshop',
	'workshop.field.preparation.hint': 'Printed above the statement-of-purpose template.',
	'workshop.error.title': 'Enter a title.',
	'workshop.error.duration': 'Enter a duration between {min} and {max} minutes.',
	'workshop.error.minutes': 'Enter a whole number of minutes between 0 and {max}.',
	'workshop.error.start': 'Enter a time such as 09:00.',

	'workshop.import.heading': 'Import a pack',
	'workshop.import.label': 'Pack file (JSON)',
	'workshop.import.refused': 'This file was not imported. Nothing was changed.',
	'workshop.import.preview': 'Ready to import “{title}” ({count} guidelines).',
	'workshop.import.existing': 'A pack with the same id is already here: “{title}”.',
	'workshop.import.replace': 'Replace it',
	'workshop.import.copy': 'Keep both',
	'workshop.import.confirm': 'Import',
	'workshop.import.cancel': 'Cancel',
	'workshop.import.done': '“{title}” was imported.',

	'workshop.back': 'All workshop packs',
	'workshop.missing':
		'This workshop pack is not in this browser (it may have been deleted in another tab).',
	'workshop.details': 'Details',
	'workshop.guidelines.heading': 'Guidelines',
	'workshop.guidelines.empty':
		'No guideline yet. Add some below, or use “Add to workshop” on guideline pages, set pages and search results.',
	'workshop.guidelines.reorderHint':
		'To reorder with the keyboard, focus a guideline’s handle, press Space, move it with the arrow keys and press Space again; Escape cancels. The Move up and Move down buttons do the same.',
	'workshop.item.handle': 'Move {guideline}',
	'workshop.item.up': 'Move up',
	'workshop.item.down': 'Move down',
	'workshop.item.remove': 'Remove',
	'workshop.item.removed': '{guideline} was removed from the pack.',
	'workshop.item.minutes': 'Time (minutes)',
	'workshop.item.notes': 'Facilitator notes',
	'workshop.item.notes.hint': 'Printed in the facilitator guide only.',
	'workshop.item.questions': 'Discussion questions to include',
	'workshop.item.exercises': 'Exercises to include',
	'workshop.item.details': 'Notes, questions and exercises',
	'workshop.item.unknown':
		'This guideline is not in this library (the pack may come from another version of the site). It is left out of the handouts.',
	'workshop.exercise.worksheet': 'Mini self-assessment on the 0–4 scale',
	'workshop.exercise.evidence': 'Evidence hunt: where would we find what an assessor asks for?',
	'workshop.exercise.practice':
		'Practice check: which of the usual ways of putting it in place do we have?',
	'workshop.add.heading': 'Add a guideline',
	'workshop.add.set': 'Set',
	'workshop.add.guideline': 'Guideline',
	'workshop.add.submit': 'Add to the pack',
	'workshop.add.already': '(already in the pack)',
	'workshop.announce.picked': 'Picked up {guideline}, at position {position} of {count}.',
	'workshop.announce.moved': '{guideline} moved to position {position} of {count}.',
	'workshop.announce.dropped': '{guideline} dropped at position {position} of {count}.',
	'workshop.announce.cancelled': 'Moving cancelled; {guideline} is back at position {position}.',

	'workshop.agenda.heading': 'Agenda',
	'workshop.agenda.time': 'Time',
	'workshop.agenda.session': 'Session',
	'workshop.agenda.minutes': 'Minutes',
	'workshop.agenda.opening': 'Opening: participants share their statements of purpose',
	'workshop.agenda.closing': 'Closing: the first steps of each action plan',
	'workshop.agenda.total': 'Total: {total} of {duration} planned minutes, ending at {end}.',
	'workshop.agenda.over':
		'The agenda runs {minutes} minutes over the planned duration. Shorten some sessions or lengthen the workshop.',
	'workshop.agenda.free': '{minutes} minutes of the planned duration are not allocated.',

	'workshop.phase.preparation': 'Preparation',
	'workshop.phase.preparation.intro':
		'Before the workshop, each participant writes a short statement of purpose. The participant handout holds this template:',
	'workshop.prep.institution': 'Your institution and your role',
	'workshop.prep.implementing':
		'Which of the workshop’s guidelines is your institution implementing, or planning to?',
	'workshop.prep.obstacles': 'What obstacles do you meet?',
	'workshop.prep.expect': 'What do you expect from the workshop?',
	'workshop.phase.workshop': 'The workshop',
	'workshop.phase.workshop.intro':
		'For each guideline the handout prints our summary, the questions you chose and the exercises you chose; the facilitator guide adds your notes and timings.',
	'workshop.phase.followUp': 'Follow-up',
	'workshop.followUp.intro':
		'After the workshop, each participant turns what they learned into an action plan (what, which guideline, who, by when, how progress will show) and reviews it at three monthly check-ins.',
	'workshop.followUp.checkIn.one': 'Check-in after {count} month',
	'workshop.followUp.checkIn.other': 'Check-in after {count} months',
	'workshop.followUp.when': 'Date',
	'workshop.followUp.noDate': 'Set the workshop date to compute the check-in dates.',

	'workshop.outputs': 'Handouts and sharing',
	'workshop.handout': 'Participant handout (PDF)',
	'workshop.guide': 'Facilitator guide (PDF)',
	'workshop.print': 'Print-friendly view',
	'workshop.export': 'Export file (JSON)',
	'workshop.exported': 'Saved {file}.',
	'workshop.share': 'Copy share link',
	'workshop.share.label': 'Share link',
	'workshop.share.hint':
		'The link carries the whole pack in the address itself; nothing is uploaded. Whoever opens it sees the pack read-only and can save a copy.',
	'workshop.share.copied': 'The share link was copied.',
	'workshop.share.copyFailed': 'The link could not be copied: select it and copy it by hand.',

	'workshop.shared.heading': 'A shared workshop pack',
	'workshop.shared.intro':
		'You opened a workshop pack from a link. It is shown read-only: save a copy to change it.',
	'workshop.shared.save': 'Save a copy',
	'workshop.shared.saved': 'A copy was saved in this browser.',
	'workshop.shared.open': 'Open the copy',
	'workshop.shared.error.heading': 'This share link cannot be opened',
	'workshop.shared.error.empty': 'The link holds no workshop pack.',
	'workshop.shared.error.unknown-format':
		'The link is not a workshop share link of this site, or a newer version of the site made it.',
	'workshop.shared.error.too-long': 'The link is too long to be a workshop pack.',
	'workshop.shared.error.damaged':
		'The link is damaged or incomplete: part of it was probably lost when it was copied. Ask for the link again.',
	'workshop.shared.error.too-large':
		'The link expands to more than a workshop pack can hold, so it was not opened.',
	'workshop.shared.error.invalid':
		'The link decodes, but what it holds is not a valid workshop pack:',
	'workshop.shared.error.back': 'Go to your workshop packs',

	'workshop.worksheet.heading': 'Worksheet: rate your institution',
	'workshop.worksheet.intro':
		'Rate your institution on each guideline of the workshop. Your answers stay on this page until you start a self-assessment from them.',
	'workshop.worksheet.level': 'Level of your institution',
	'workshop.worksheet.unanswered': 'No answer',
	'workshop.worksheet.na': 'Not applicable because…',
	'workshop.worksheet.notes': 'Notes',
	'workshop.worksheet.organisation': 'Your institution',
	'workshop.worksheet.country': 'Country',
	'workshop.worksheet.start': 'Start a self-assessment from my answers',
	'workshop.worksheet.started': 'Your starter self-assessment “{title}” was created.',
	'workshop.worksheet.openWorkbook': 'Open its workbook',
	'workshop.worksheet.none': 'Answer at least one guideline first.',
	'workshop.worksheet.title': 'Starter self-assessment: {title}',

	'workshop.addButton': 'Add to workshop',
	'workshop.added': 'Added to “{title}”.',
	'workshop.addedAlready': 'Already in “{title}”.',
	'workshop.addOpen': 'Open the workshop',
	'workshop.addFailed': 'It could not be added: this browser refuses to store data.',
	'workshop.defaultTitle': 'New workshop',

	'workshop.printNow': 'Print',
	'workshop.print.back': 'Back to the builder',
} as const;
