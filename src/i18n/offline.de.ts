/**
 * German UI strings of offline use and the phone layout. Part of the German dictionary
 * (`de.ts`); every language has its own `offline.<lang>.ts` with exactly these keys.
 */
export const offlineDe = {
	'nav.menu': 'Menü',
	'nav.sidebar': 'Inhalt',
	'nav.offlineHelp': 'Offline-Nutzung und gespeicherte Daten',

	'offline.saving':
		'Die Website wird für die Offline-Nutzung gespeichert: {done} von {total} Dateien …',
	'offline.ready': 'Offline verfügbar',
	'offline.offline': 'Offline: Die in diesem Browser gespeicherten Seiten funktionieren weiter.',
	'offline.unsupported': 'Dieser Browser kann die Website nicht für die Offline-Nutzung speichern.',
	'offline.error': 'Die Offline-Kopie konnte nicht gespeichert werden: {reason}.',
	'offline.quota': 'Der Browser hat keinen Speicherplatz mehr dafür',

	'offline.update.text': 'Eine neue Version dieser Website ist bereit.',
	'offline.update.stale':
		'Dieser Tab zeigt die vorherige Version der Website. Laden Sie ihn neu, um die neue zu verwenden.',
	'offline.update.reload': 'Jetzt neu laden',
	'offline.update.later': 'Später',

	'offline.help.title': 'Offline-Nutzung und in diesem Browser gespeicherte Daten',
	'offline.help.intro':
		'Sobald Sie diese Website einmal geöffnet haben, funktioniert sie auch ohne Netz: Lesen, Suche, Selbstbewertung, PDF-Bericht und Workshop-Planung. Alles, was sie speichert, bleibt in diesem Browser auf diesem Gerät.',
	'offline.help.notStored':
		'Die angeforderte Seite ist in diesem Browser nicht gespeichert, und es besteht keine Verbindung. Sie öffnet sich, sobald Sie wieder online sind; die Seiten der unten genannten Sprachen funktionieren schon jetzt.',
	'offline.help.whatHeading': 'Was dieser Browser speichert',
	'offline.help.copy':
		'Eine Offline-Kopie der Website: ihren Code, die Schriften für den PDF-Bericht und alle Seiten jeder Sprache, die Sie geöffnet haben, mit dem Suchindex. Eine neue Version der Website ersetzt die Kopie als Ganzes, und erst dann, wenn Sie sich für das Neuladen entscheiden.',
	'offline.help.data':
		'Ihre Bewertungen und Workshop-Pakete, in der IndexedDB-Datenbank des Browsers. Sie verlassen den Browser nur, wenn Sie sie exportieren oder teilen. Aktualisierungen der Website ändern sie nie, und beim Entfernen der Offline-Kopie bleiben sie erhalten.',
	'offline.help.settings':
		'Einige Einstellungen im lokalen Speicher: das Farbschema, Ihre letzten Suchen sowie die Bewertung und das Workshop-Paket, die Sie zuletzt geöffnet hatten.',
	'offline.help.nowHeading': 'Derzeit in diesem Browser',
	'offline.help.checking': 'Wird geprüft …',
	'offline.help.languages': 'Offline gespeicherte Sprachen: {languages}.',
	'offline.help.noLanguages': 'Noch keine Sprache ist offline gespeichert.',
	'offline.help.usage': 'Diese Website belegt hier {used}; der Browser erlaubt ihr bis zu {quota}.',
	'offline.help.version': 'Version der Offline-Kopie: {version}.',
	'offline.help.noWorker': 'Dieser Browser hält keine Offline-Kopie der Website.',
	'offline.help.removeHeading': 'Gespeichertes entfernen',
	'offline.help.removeCopy': 'Offline-Kopie entfernen',
	'offline.help.removeCopyNote':
		'Löscht die gespeicherten Seiten und Dateien dieser Website. Ihre Bewertungen, Workshop-Pakete und Einstellungen bleiben erhalten. Die Kopie wird beim nächsten Öffnen der Website mit Verbindung erneut gespeichert.',
	'offline.help.removed': 'Die Offline-Kopie ist entfernt.',
	'offline.help.removeFailed': 'Die Offline-Kopie konnte nicht entfernt werden: {reason}',
	'offline.help.removeData':
		'Um eine Bewertung oder ein Workshop-Paket zu löschen, löschen Sie es im Arbeitsbereich oder in der Workshop-Planung; exportieren Sie es vorher, wenn Sie es noch brauchen könnten. Wenn Sie die Daten dieser Website in den Browser-Einstellungen löschen, wird alles auf einmal entfernt: die Offline-Kopie, Ihre Bewertungen, Ihre Workshop-Pakete und Ihre Einstellungen.',
	'offline.help.installHeading': 'Die Website als App installieren',
	'offline.help.install':
		'Browser, die das unterstützen, bieten in ihrem Menü an, die Website zu installieren (etwa „App installieren“ oder „Zum Startbildschirm hinzufügen“). Die App öffnet sich in der Sprache der Seite, von der aus Sie sie installiert haben, und funktioniert offline wie die Website.',
} as const;
