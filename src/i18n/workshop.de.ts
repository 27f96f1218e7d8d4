/**
 * German UI strings of the workshop builder (list, builder, shared view, worksheet, print
 * view, "Add to workshop"). Part of the German dictionary (`de.ts`); every language has its
 * own `workshop.<lang>.ts` with exactly these keys.
 */
export const workshopDe = {
	'nav.workshops': 'Workshops',

	'workshop.title': 'Workshop-Planer',
	'workshop.intro':
		'Bereiten Sie einen Workshop zu einigen Leitlinien in den drei Phasen vor, mit denen die IVSS-Akademie arbeitet: Vorbereitung, der Workshop selbst und drei Monate Nachbereitung. Die Pakete bleiben in diesem Browser; exportieren Sie eine Datei oder teilen Sie einen Link, um eines weiterzugeben.',
	'workshop.independence':
		'Die Unterlagen enthalten unsere eigenen Zusammenfassungen, Fragen und Übungen. Sie sind kein Schulungsmaterial der IVSS, und dieses Werkzeug wird von der IVSS nicht gebilligt.',
	'workshop.schemaLink': 'Das Dateiformat der Workshop-Pakete (JSON Schema)',
	'workshop.loading': 'Ihre Workshop-Pakete werden geladen …',
	'workshop.noscript': 'Der Workshop-Planer braucht JavaScript.',
	'workshop.loadError':
		'Die Daten des Workshop-Planers konnten nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu.',

	'workshop.list.heading': 'Workshop-Pakete in diesem Browser',
	'workshop.list.empty':
		'In diesem Browser gibt es noch kein Workshop-Paket. Legen Sie eines an, importieren Sie eine Datei oder fügen Sie Leitlinien von ihren Seiten aus hinzu.',
	'workshop.list.date': 'Datum',
	'workshop.list.guidelines': 'Leitlinien',
	'workshop.list.updated': 'Letzte Änderung',
	'workshop.list.open': 'Öffnen',
	'workshop.list.active': '„Zum Workshop hinzufügen“ fügt zu diesem Paket hinzu',
	'workshop.list.makeActive': 'Leitlinien zu diesem Paket hinzufügen',
	'workshop.list.actionsFor': 'Aktionen für „{title}“',
	'workshop.noDate': 'Datum noch offen',
	'workshop.duplicate': 'Duplizieren',
	'workshop.copyTitle': '{title} (Kopie)',
	'workshop.delete': 'Löschen',
	'workshop.delete.confirm':
		'„{title}“ aus diesem Browser löschen? Exportieren Sie das Paket vorher, falls Sie es noch einmal brauchen könnten.',
	'workshop.delete.yes': 'Ja, löschen',
	'workshop.delete.no': 'Behalten',
	'workshop.deleted': '„{title}“ wurde gelöscht.',
	'workshop.undo': 'Rückgängig',
	'workshop.skipped':
		'Gespeicherte Pakete, die nicht gelesen werden konnten (beschädigt oder von einer neueren Version der Website gespeichert) und daher nicht angezeigt werden: {count}.',

	'workshop.new.heading': 'Neues Workshop-Paket',
	'workshop.new.create': 'Paket anlegen',
	'workshop.field.title': 'Titel',
	'workshop.field.audience': 'Zielgruppe',
	'workshop.field.audience.hint':
		'Wer teilnimmt, zum Beispiel „Leitungen der Beitragsabteilungen“.',
	'workshop.field.date': 'Datum',
	'workshop.field.start': 'Beginn',
	'workshop.field.duration': 'Dauer (Minuten)',
	'workshop.field.language': 'Sprache der Unterlagen',
	'workshop.field.facilitator': 'Moderation',
	'workshop.field.opening': 'Eröffnung (Minuten)',
	'workshop.field.closing': 'Abschluss (Minuten)',
	'workshop.field.preparation': 'Ein Wort an die Teilnehmenden vor dem Workshop',
	'workshop.field.preparation.hint': 'Wird über der Vorlage für die Zielerklärung gedruckt.',
	'workshop.error.title': 'Geben Sie einen Titel ein.',
	'workshop.error.duration': 'Geben Sie eine Dauer zwischen {min} und {max} Minuten ein.',
	'workshop.error.minutes': 'Geben Sie eine ganze Zahl von Minuten zwischen 0 und {max} ein.',
	'workshop.error.start': 'Geben Sie eine Uhrzeit wie 09:00 ein.',

	'workshop.import.heading': 'Paket importieren',
	'workshop.import.label': 'Paketdatei (JSON)',
	'workshop.import.refused': 'Diese Datei wurde nicht importiert. Es wurde nichts geändert.',
	'workshop.import.preview': 'Bereit zum Import: „{title}“ (Leitlinien: {count}).',
	'workshop.import.existing': 'Ein Paket mit derselben ID ist bereits vorhanden: „{title}“.',
	'workshop.import.replace': 'Ersetzen',
	'workshop.import.copy': 'Beide behalten',
	'workshop.import.confirm': 'Importieren',
	'workshop.import.cancel': 'Abbrechen',
	'workshop.import.done': '„{title}“ importiert.',

	'workshop.back': 'Alle Workshop-Pakete',
	'workshop.missing':
		'Dieses Workshop-Paket ist nicht in diesem Browser (vielleicht wurde es in einem anderen Tab gelöscht).',
	'workshop.details': 'Angaben',
	'workshop.guidelines.heading': 'Leitlinien',
	'workshop.guidelines.empty':
		'Noch keine Leitlinie. Fügen Sie unten welche hinzu oder verwenden Sie „Zum Workshop hinzufügen“ auf Leitlinienseiten, Reihenseiten und in Suchergebnissen.',
	'workshop.guidelines.reorderHint':
		'Zum Umsortieren mit der Tastatur setzen Sie den Fokus auf den Griff einer Leitlinie, drücken die Leertaste, verschieben die Leitlinie mit den Pfeiltasten und drücken erneut die Leertaste; Escape bricht ab. Die Schaltflächen „Nach oben“ und „Nach unten“ tun dasselbe.',
	'workshop.item.handle': '{guideline} verschieben',
	'workshop.item.up': 'Nach oben',
	'workshop.item.down': 'Nach unten',
	'workshop.item.remove': 'Entfernen',
	'workshop.item.removed': '{guideline} wurde aus dem Paket entfernt.',
	'workshop.item.minutes': 'Zeit (Minuten)',
	'workshop.item.notes': 'Notizen für die Moderation',
	'workshop.item.notes.hint': 'Werden nur im Moderationsleitfaden gedruckt.',
	'workshop.item.questions': 'Aufzunehmende Diskussionsfragen',
	'workshop.item.exercises': 'Aufzunehmende Übungen',
	'workshop.item.details': 'Notizen, Fragen und Übungen',
	'workshop.item.unknown':
		'Diese Leitlinie ist nicht in dieser Bibliothek (das Paket stammt vielleicht aus einer anderen Version der Website). Sie wird in den Unterlagen weggelassen.',
	'workshop.exercise.worksheet': 'Kurze Selbstbewertung auf der Skala von 0 bis 4',
	'workshop.exercise.evidence':
		'Nachweissuche: Wo finden wir, was eine Prüferin oder ein Prüfer verlangt?',
	'workshop.exercise.practice':
		'Praxischeck: Welche der üblichen Wege, sie umzusetzen, gibt es bei uns?',
	'workshop.add.heading': 'Leitlinie hinzufügen',
	'workshop.add.set': 'Reihe',
	'workshop.add.guideline': 'Leitlinie',
	'workshop.add.submit': 'Zum Paket hinzufügen',
	'workshop.add.already': '(bereits im Paket)',
	'workshop.announce.picked': '{guideline} aufgenommen, an Position {position} von {count}.',
	'workshop.announce.moved': '{guideline} an Position {position} von {count} verschoben.',
	'workshop.announce.dropped': '{guideline} an Position {position} von {count} abgelegt.',
	'workshop.announce.cancelled':
		'Verschieben abgebrochen; {guideline} ist wieder an Position {position}.',

	'workshop.agenda.heading': 'Ablauf',
	'workshop.agenda.time': 'Uhrzeit',
	'workshop.agenda.session': 'Programmpunkt',
	'workshop.agenda.minutes': 'Minuten',
	'workshop.agenda.opening': 'Eröffnung: Die Teilnehmenden stellen ihre Zielerklärungen vor',
	'workshop.agenda.closing': 'Abschluss: die ersten Schritte jedes Maßnahmenplans',
	'workshop.agenda.total': 'Gesamt: {total} von {duration} geplanten Minuten, Ende um {end}.',
	'workshop.agenda.over':
		'Der Ablauf überschreitet die geplante Dauer um {minutes} Minuten. Kürzen Sie einige Programmpunkte oder verlängern Sie den Workshop.',
	'workshop.agenda.free': '{minutes} Minuten der geplanten Dauer sind noch nicht verplant.',

	'workshop.phase.preparation': 'Vorbereitung',
	'workshop.phase.preparation.intro':
		'Vor dem Workshop schreiben alle Teilnehmenden eine kurze Zielerklärung. Die Unterlagen für Teilnehmende enthalten diese Vorlage:',
	'workshop.prep.institution': 'Ihre Institution und Ihre Funktion',
	'workshop.prep.implementing':
		'Welche Leitlinien des Workshops setzt Ihre Institution um oder plant sie umzusetzen?',
	'workshop.prep.obstacles': 'Auf welche Hindernisse stoßen Sie?',
	'workshop.prep.expect': 'Was erwarten Sie vom Workshop?',
	'workshop.phase.workshop': 'Der Workshop',
	'workshop.phase.workshop.intro':
		'Zu jeder Leitlinie enthalten die Unterlagen unsere Zusammenfassung sowie die von Ihnen gewählten Fragen und Übungen; der Moderationsleitfaden ergänzt Ihre Notizen und Zeiten.',
	'workshop.phase.followUp': 'Nachbereitung',
	'workshop.followUp.intro':
		'Nach dem Workshop machen alle Teilnehmenden aus dem Gelernten einen Maßnahmenplan (was, zu welcher Leitlinie, wer, bis wann, woran sich Fortschritt zeigt) und überprüfen ihn bei drei monatlichen Zwischenbilanzen.',
	'workshop.followUp.checkIn.one': 'Zwischenbilanz nach {count} Monat',
	'workshop.followUp.checkIn.other': 'Zwischenbilanz nach {count} Monaten',
	'workshop.followUp.when': 'Datum',
	'workshop.followUp.noDate':
		'Legen Sie das Datum des Workshops fest, um die Termine der Zwischenbilanzen zu berechnen.',

	'workshop.outputs': 'Unterlagen und Teilen',
	'workshop.handout': 'Unterlagen für Teilnehmende (PDF)',
	'workshop.guide': 'Moderationsleitfaden (PDF)',
	'workshop.print': 'Druckansicht',
	'workshop.export': 'Datei exportieren (JSON)',
	'workshop.exported': '„{file}“ gespeichert.',
	'workshop.share': 'Link zum Teilen kopieren',
	'workshop.share.label': 'Link zum Teilen',
	'workshop.share.hint':
		'Der Link trägt das ganze Paket in der Adresse selbst; nichts wird hochgeladen. Wer ihn öffnet, sieht das Paket schreibgeschützt und kann eine Kopie speichern.',
	'workshop.share.copied': 'Der Link zum Teilen wurde kopiert.',
	'workshop.share.copyFailed':
		'Der Link konnte nicht kopiert werden: Markieren Sie ihn und kopieren Sie ihn von Hand.',

	'workshop.shared.heading': 'Ein geteiltes Workshop-Paket',
	'workshop.shared.intro':
		'Sie haben ein Workshop-Paket über einen Link geöffnet. Es wird schreibgeschützt angezeigt: Speichern Sie eine Kopie, um es zu ändern.',
	'workshop.shared.save': 'Kopie speichern',
	'workshop.shared.saved': 'Eine Kopie wurde in diesem Browser gespeichert.',
	'workshop.shared.open': 'Kopie öffnen',
	'workshop.shared.error.heading': 'Dieser Link kann nicht geöffnet werden',
	'workshop.shared.error.empty': 'Der Link enthält kein Workshop-Paket.',
	'workshop.shared.error.unknown-format':
		'Der Link ist kein Workshop-Link dieser Website, oder eine neuere Version der Website hat ihn erstellt.',
	'workshop.shared.error.too-long': 'Der Link ist zu lang für ein Workshop-Paket.',
	'workshop.shared.error.damaged':
		'Der Link ist beschädigt oder unvollständig: Vermutlich ging beim Kopieren ein Teil verloren. Bitten Sie noch einmal um den Link.',
	'workshop.shared.error.too-large':
		'Entpackt ergibt der Link mehr, als ein Workshop-Paket enthalten kann; er wurde daher nicht geöffnet.',
	'workshop.shared.error.invalid':
		'Der Link lässt sich decodieren, aber sein Inhalt ist kein gültiges Workshop-Paket:',
	'workshop.shared.error.back': 'Zu Ihren Workshop-Paketen',

	'workshop.worksheet.heading': 'Arbeitsblatt: Bewerten Sie Ihre Institution',
	'workshop.worksheet.intro':
		'Bewerten Sie Ihre Institution anhand jeder Leitlinie des Workshops. Ihre Antworten bleiben auf dieser Seite, bis Sie daraus eine Selbstbewertung beginnen.',
	'workshop.worksheet.level': 'Stufe Ihrer Institution',
	'workshop.worksheet.unanswered': 'Keine Antwort',
	'workshop.worksheet.na': 'Nicht zutreffend, weil …',
	'workshop.worksheet.notes': 'Notizen',
	'workshop.worksheet.organisation': 'Ihre Institution',
	'workshop.worksheet.country': 'Land',
	'workshop.worksheet.start': 'Selbstbewertung aus meinen Antworten beginnen',
	'workshop.worksheet.started': 'Ihre erste Selbstbewertung „{title}“ wurde angelegt.',
	'workshop.worksheet.openWorkbook': 'Arbeitsmappe öffnen',
	'workshop.worksheet.none': 'Bewerten Sie zuerst mindestens eine Leitlinie.',
	'workshop.worksheet.title': 'Erste Selbstbewertung: {title}',

	'workshop.addButton': 'Zum Workshop hinzufügen',
	'workshop.added': 'Zu „{title}“ hinzugefügt.',
	'workshop.addedAlready': 'Bereits in „{title}“.',
	'workshop.addOpen': 'Workshop öffnen',
	'workshop.addFailed':
		'Hinzufügen nicht möglich: Dieser Browser lässt das Speichern von Daten nicht zu.',
	'workshop.defaultTitle': 'Neuer Workshop',

	'workshop.printNow': 'Drucken',
	'workshop.print.back': 'Zurück zum Workshop-Planer',
} as const;
