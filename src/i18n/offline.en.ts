/**
 * English UI strings of offline use and the phone layout: the footer's offline status, the
 * update offer, the help page on stored data, the header's menu button. Part of the English
 * dictionary (`en.ts`); every language has its own `offline.<lang>.ts` with these keys.
 */
export const offlineEn = {
	'nav.menu': 'Menu',
	'nav.sidebar': 'Contents',
	'nav.offlineHelp': 'Offline use and stored data',

	'offline.saving': 'Saving this site for offline use: {done} of {total} files…',
	'offline.ready': 'Available offline',
	'offline.offline': 'Offline: the pages stored in this browser keep working.',
	'offline.unsupported': 'This browser cannot keep the site for offline use.',
	'offline.error': 'The offline copy could not be saved: {reason}.',
	'offline.quota': 'the browser has no storage space left for it',

	'offline.update.text': 'A new version of this site is ready.',
	'offline.update.stale':
		'This tab shows the previous version of the site. Reload it to use the new one.',
	'offline.update.reload': 'Reload now',
	'offline.update.later': 'Later',

	'offline.help.title': 'Offline use and data stored in this browser',
	'offline.help.intro':
		'Once you have opened this site, it keeps working without a network: reading, search, the self-assessment, the PDF report and the workshop builder. Everything it stores stays in this browser, on this device.',
	'offline.help.notStored':
		'The page you asked for is not stored in this browser, and there is no connection. It opens once you are online again; the pages of the languages listed below work now.',
	'offline.help.whatHeading': 'What this browser keeps',
	'offline.help.copy':
		'An offline copy of the site: its code, the fonts the PDF report needs, and every page of each language you have opened, with its search index. A new version of the site replaces the copy as a whole, and only when you choose to reload.',
	'offline.help.data':
		'Your assessments and workshop packs, in the browser’s IndexedDB database. They leave the browser only when you export or share them. Updates of the site never change them, and removing the offline copy keeps them.',
	'offline.help.settings':
		'A few settings in local storage: the theme, your recent searches, and the assessment and workshop pack you had open.',
	'offline.help.nowHeading': 'In this browser now',
	'offline.help.checking': 'Checking…',
	'offline.help.languages': 'Languages kept offline: {languages}.',
	'offline.help.noLanguages': 'No language is kept offline yet.',
	'offline.help.usage': 'This site uses {used} of storage here; the browser allows up to {quota}.',
	'offline.help.version': 'Version of the offline copy: {version}.',
	'offline.help.noWorker': 'This browser keeps no offline copy of the site.',
	'offline.help.removeHeading': 'Removing what is stored',
	'offline.help.removeCopy': 'Remove the offline copy',
	'offline.help.removeCopyNote':
		'Deletes the stored pages and files of this site. Your assessments, workshop packs and settings stay. The copy is saved again the next time you open the site online.',
	'offline.help.removed': 'The offline copy is removed.',
	'offline.help.removeFailed': 'The offline copy could not be removed: {reason}',
	'offline.help.removeData':
		'To delete an assessment or a workshop pack, delete it in the workspace or the workshop builder; export it first if you may need it again. Clearing this site’s data in the browser’s settings removes everything at once: the offline copy, your assessments, your workshop packs and your settings.',
	'offline.help.installHeading': 'Installing the site as an app',
	'offline.help.install':
		'Browsers that support it offer to install the site from their menu (for example “Install app” or “Add to Home screen”). The app opens in the language of the page you installed it from and works offline like the site.',
} as const;
