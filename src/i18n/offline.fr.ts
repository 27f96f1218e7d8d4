/**
 * French UI strings of offline use and the phone layout. Part of the French dictionary
 * (`fr.ts`); every language has its own `offline.<lang>.ts` with exactly these keys.
 */
export const offlineFr = {
	'nav.menu': 'Menu',
	'nav.sidebar': 'Sommaire',
	'nav.offlineHelp': 'Utilisation hors ligne et données enregistrées',

	'offline.saving':
		'Enregistrement du site pour une utilisation hors ligne : {done} fichiers sur {total}…',
	'offline.ready': 'Disponible hors ligne',
	'offline.offline': 'Hors ligne : les pages enregistrées dans ce navigateur restent utilisables.',
	'offline.unsupported':
		'Ce navigateur ne peut pas conserver le site pour une utilisation hors ligne.',
	'offline.error': 'La copie hors ligne n’a pas pu être enregistrée : {reason}.',
	'offline.quota': 'le navigateur n’a plus d’espace de stockage disponible',

	'offline.update.text': 'Une nouvelle version de ce site est prête.',
	'offline.update.stale':
		'Cet onglet affiche la version précédente du site. Rechargez-le pour utiliser la nouvelle.',
	'offline.update.reload': 'Recharger maintenant',
	'offline.update.later': 'Plus tard',

	'offline.help.title': 'Utilisation hors ligne et données enregistrées dans ce navigateur',
	'offline.help.intro':
		'Une fois ouvert, ce site continue de fonctionner sans réseau : lecture, recherche, auto-évaluation, rapport PDF et conception d’ateliers. Tout ce qu’il enregistre reste dans ce navigateur, sur cet appareil.',
	'offline.help.notStored':
		'La page demandée n’est pas enregistrée dans ce navigateur et il n’y a pas de connexion. Elle s’ouvrira dès que vous serez de nouveau en ligne ; les pages des langues indiquées ci-dessous fonctionnent dès maintenant.',
	'offline.help.whatHeading': 'Ce que conserve ce navigateur',
	'offline.help.copy':
		'Une copie hors ligne du site : son code, les polices dont le rapport PDF a besoin et toutes les pages de chaque langue que vous avez ouverte, avec son index de recherche. Une nouvelle version du site remplace cette copie en entier, et seulement lorsque vous choisissez de recharger.',
	'offline.help.data':
		'Vos évaluations et vos dossiers d’atelier, dans la base IndexedDB du navigateur. Ils ne quittent le navigateur que si vous les exportez ou les partagez. Les mises à jour du site ne les modifient jamais, et la suppression de la copie hors ligne les conserve.',
	'offline.help.settings':
		'Quelques réglages dans le stockage local : le thème, vos recherches récentes, l’évaluation et le dossier d’atelier que vous aviez ouverts.',
	'offline.help.nowHeading': 'Actuellement dans ce navigateur',
	'offline.help.checking': 'Vérification…',
	'offline.help.languages': 'Langues conservées hors ligne : {languages}.',
	'offline.help.noLanguages': 'Aucune langue n’est encore conservée hors ligne.',
	'offline.help.usage': 'Ce site occupe ici {used} ; le navigateur lui accorde jusqu’à {quota}.',
	'offline.help.version': 'Version de la copie hors ligne : {version}.',
	'offline.help.noWorker': 'Ce navigateur ne conserve aucune copie hors ligne du site.',
	'offline.help.removeHeading': 'Supprimer ce qui est enregistré',
	'offline.help.removeCopy': 'Supprimer la copie hors ligne',
	'offline.help.removeCopyNote':
		'Supprime les pages et fichiers enregistrés de ce site. Vos évaluations, dossiers d’atelier et réglages sont conservés. La copie sera enregistrée de nouveau la prochaine fois que vous ouvrirez le site en ligne.',
	'offline.help.removed': 'La copie hors ligne est supprimée.',
	'offline.help.removeFailed': 'La copie hors ligne n’a pas pu être supprimée : {reason}',
	'offline.help.removeData':
		'Pour supprimer une évaluation ou un dossier d’atelier, supprimez-le dans l’espace de travail ou dans l’outil de conception d’ateliers ; exportez-le d’abord si vous pourriez en avoir besoin. Effacer les données de ce site dans les paramètres du navigateur supprime tout à la fois : la copie hors ligne, vos évaluations, vos dossiers d’atelier et vos réglages.',
	'offline.help.installHeading': 'Installer le site comme une application',
	'offline.help.install':
		'Les navigateurs qui le permettent proposent d’installer le site depuis leur menu (par exemple « Installer l’application » ou « Ajouter à l’écran d’accueil »). L’application s’ouvre dans la langue de la page depuis laquelle vous l’avez installée et fonctionne hors ligne comme le site.',
} as const;
