/** German strings of the workshop PDFs (the participant handout and the facilitator guide). */
import type { handoutEn } from './handout.en.ts';

export const handoutDe: Record<keyof typeof handoutEn, string> = {
	'handout.title.handout': 'Unterlagen für Teilnehmende',
	'handout.title.guide': 'Moderationsleitfaden',
	'handout.subject.handout': 'Unterlagen für Teilnehmende eines Workshops zu den IVSS-Leitlinien',
	'handout.subject.guide': 'Moderationsleitfaden eines Workshops zu den IVSS-Leitlinien',
	'handout.date': 'Datum',
	'handout.time': 'Zeit',
	'handout.timeValue': '{start} bis {end} Uhr ({minutes} Minuten)',
	'handout.facilitator': 'Moderation',
	'handout.audience': 'Zielgruppe',
	'handout.guidelines': 'Leitlinien',
	'handout.guidelineCount.one': '{count} Leitlinie, im Inhaltsverzeichnis aufgeführt',
	'handout.guidelineCount.other': '{count} Leitlinien, im Inhaltsverzeichnis aufgeführt',
	'handout.prepared': 'Erstellt am {date}.',
	'handout.statement':
		'Erstellt mit Guidelines Workbench, einem unabhängigen Werkzeug. Dies ist kein Material der IVSS, und weder dieses Dokument noch das Werkzeug wird von der IVSS unterstützt. Nummern und Titel der Leitlinien stammen von der IVSS; alles andere (Zusammenfassungen, Fragen und Übungen) ist unsere eigene Zusammenfassung, kein Text der IVSS. Den maßgeblichen Wortlaut finden Sie in den Leitlinien auf issa.int.',
	'handout.guide.forYou':
		'Nur für die Moderation: Dieser Leitfaden enthält Ihre Notizen, die Zeiten und worauf Sie achten sollten. Die Teilnehmenden erhalten die Unterlagen für Teilnehmende.',
	'handout.footer':
		'Erstellt mit Guidelines Workbench, einem unabhängigen Werkzeug; kein Material der IVSS.',
	'handout.leftOut.one':
		'{count} Leitlinie des Workshops ist nicht in dieser Bibliothek (der Workshop stammt vielleicht aus einer anderen Version der Website) und wird weggelassen.',
	'handout.leftOut.other':
		'{count} Leitlinien des Workshops sind nicht in dieser Bibliothek (der Workshop stammt vielleicht aus einer anderen Version der Website) und werden weggelassen.',

	'handout.prep.intro':
		'Schreiben Sie vor dem Workshop eine kurze Absichtserklärung und bringen Sie sie mit: Der Workshop beginnt damit, dass die Teilnehmenden ihre vorstellen.',
	'handout.prep.guideIntro':
		'Die Teilnehmenden erhalten diese Vorlage vor dem Workshop. Bitten Sie zu Beginn einige, ihre Antworten vorzustellen, und notieren Sie die genannten Hindernisse, um in den Einheiten darauf zurückzukommen.',
	'handout.prep.word': 'Ein Wort der Moderation',
	'handout.col.guideline': 'Leitlinie',
	'handout.col.implementing': 'In Umsetzung',
	'handout.col.planned': 'Geplant',
	'handout.col.notYet': 'Noch nicht',

	'handout.agenda.intro':
		'Die Zeiten sind geplant; die Moderation kann sie am Tag selbst anpassen.',

	'handout.summary': 'Kurz gesagt',
	'handout.responsible': 'Wer üblicherweise verantwortlich ist',
	'handout.questions': 'Fragen zur Diskussion',
	'handout.exercises': 'Übungen',
	'handout.worksheet.intro':
		'Kreuzen Sie die eine Stufe an, die Ihre Institution heute am besten beschreibt.',
	'handout.col.level': 'Stufe',
	'handout.col.description': 'Woran man sie erkennt',
	'handout.col.tick': 'Ankreuzen',
	'handout.worksheet.evidence': 'Nachweise, die wir für diese Stufe haben:',
	'handout.evidence.intro':
		'Notieren Sie zu jedem Nachweis, nach dem Fachleute fragen würden, wo Ihre Institution ihn aufbewahrt und wer dafür verantwortlich ist. Lassen Sie beides leer, wenn Sie ihn nicht haben.',
	'handout.col.evidence': 'Wonach Fachleute fragen würden',
	'handout.col.where': 'Wo wir ihn aufbewahren',
	'handout.col.whoOwns': 'Wer verantwortlich ist',
	'handout.practice.intro':
		'Kreuzen Sie zu jeder üblichen Art, die Leitlinie umzusetzen, an, wie weit Ihre Institution sie hat.',
	'handout.col.practice': 'Übliche Praxis',
	'handout.col.inPlace': 'Vorhanden',
	'handout.col.partly': 'Teilweise',

	'handout.guide.time': 'Vorgesehene Zeit: {minutes} Minuten, von {start} bis {end} Uhr.',
	'handout.guide.notes': 'Ihre Notizen',
	'handout.guide.questions': 'Fragen zur Diskussion',
	'handout.guide.questionsIntro':
		'Alle unsere Fragen zu dieser Leitlinie; die mit „In den Unterlagen“ markierten werden für die Teilnehmenden gedruckt.',
	'handout.col.number': 'Nr.',
	'handout.col.question': 'Frage',
	'handout.col.inHandout': 'In den Unterlagen',
	'handout.yes': 'Ja',
	'handout.no': 'Nein',
	'handout.noQuestions':
		'Zu dieser Leitlinie wird keine Diskussionsfrage in den Unterlagen gedruckt.',
	'handout.guide.listen': 'Worauf Sie achten sollten',
	'handout.guide.listenIntro':
		'Zeichen dafür, dass eine Institution die Leitlinie umgesetzt hat: die üblichen Arten der Umsetzung und die Nachweise, nach denen Fachleute fragen würden.',
	'handout.guide.mechanism': 'Übliche Arten der Umsetzung',
	'handout.guide.evidence': 'Nachweise, nach denen Fachleute suchen würden',
	'handout.guide.exercises': 'Übungen in den Unterlagen',
	'handout.guide.noExercises': 'Zu dieser Leitlinie wird keine Übung in den Unterlagen gedruckt.',
	'handout.guide.run.worksheet':
		'Geben Sie den Teilnehmenden fünf Minuten, um allein eine Stufe anzukreuzen, und lassen Sie dann paarweise vergleichen: Wo Kolleginnen und Kollegen derselben Institution abweichen, wird die Leitlinie unterschiedlich verstanden.',
	'handout.guide.run.evidence':
		'In kleinen Gruppen notieren die Teilnehmenden, wo jeder Nachweis aufbewahrt wird und wer verantwortlich ist; Nachweise, die niemand finden kann, sind gute Kandidaten für den Maßnahmenplan.',
	'handout.guide.run.practice':
		'Gehen Sie die Praktiken einzeln durch und fragen Sie diejenigen, die „Vorhanden“ angekreuzt haben, woher sie das wissen: welches Dokument, welcher Beschluss oder welche Zahl es zeigt.',

	'handout.followUp.intro':
		'Setzen Sie nach dem Workshop das Gelernte in einige konkrete Maßnahmen um und überprüfen Sie sie bei den drei Zwischenterminen unten.',
	'handout.followUp.guideIntro':
		'In der Abschlusseinheit beginnt jede teilnehmende Person den Maßnahmenplan unten. Vereinbaren Sie die Zwischentermine, bevor alle gehen.',
	'handout.actionPlan': 'Maßnahmenplan',
	'handout.col.action': 'Maßnahme',
	'handout.col.owner': 'Verantwortlich',
	'handout.col.due': 'Fällig am',
	'handout.col.progress': 'Woran der Fortschritt zu sehen ist',
	'handout.checkIns': 'Zwischentermine',
	'handout.col.checkIn': 'Zwischentermin',
	'handout.col.review': 'Was zu überprüfen ist',
	'handout.col.ask': 'Was zu fragen ist',
	'handout.checkIn.review.1':
		'Welche Maßnahmen haben begonnen? Hat jede eine verantwortliche Person, und stimmt ihr Fälligkeitsdatum noch?',
	'handout.checkIn.review.2':
		'Was zeigt bisher Fortschritt? Was hält die Maßnahmen auf, die nicht vorangekommen sind, und wer kann das Hindernis beseitigen?',
	'handout.checkIn.review.3':
		'Was hat sich bei den Leitlinien des Workshops verändert? Bewerten Sie sie erneut auf der Skala von 0 bis 4 und planen Sie die nächsten Schritte.',
	'handout.checkIn.ask.1':
		'Fragen Sie jede teilnehmende Person nach ihrer ersten Maßnahme, der verantwortlichen Person und ob sie begonnen hat; helfen Sie denen, die noch nicht begonnen haben, einen kleinen ersten Schritt zu wählen.',
	'handout.checkIn.ask.2':
		'Fragen Sie nach Nachweisen des Fortschritts (ein Dokument, ein Beschluss, eine Zahl) und sammeln Sie die Hindernisse, die mehrere Institutionen teilen.',
	'handout.checkIn.ask.3':
		'Bitten Sie die Teilnehmenden, eine neue Bewertung mit ihrem Arbeitsblatt aus dem Workshop zu vergleichen, und vereinbaren Sie, ob eine vollständige Selbstbewertung folgen soll.',
};
