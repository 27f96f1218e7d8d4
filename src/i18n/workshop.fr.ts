/**
 * French UI strings of the workshop builder (list, builder, shared view, worksheet, print
 * view, "Add to workshop"). Part of the French dictionary (`fr.ts`); every language has its
 * own `workshop.<lang>.ts` with exactly these keys.
 */
export const workshopFr = {
	'nav.workshops': 'Ateliers',

	'workshop.title': 'Conception d’ateliers',
	'workshop.intro':
		'Préparez un atelier sur quelques lignes directrices selon les trois phases de l’Académie de l’AISS : la préparation, l’atelier lui-même et trois mois de suivi. Les dossiers restent dans ce navigateur ; exportez un fichier ou partagez un lien pour en transmettre un.',
	'workshop.independence':
		'Les supports imprimés reprennent nos propres synthèses, questions et exercices. Ce ne sont pas des supports de formation de l’AISS, et cet outil n’est pas approuvé par l’AISS.',
	'workshop.schemaLink': 'Le format du fichier de dossier d’atelier (JSON Schema)',
	'workshop.loading': 'Chargement de vos dossiers d’atelier…',
	'workshop.noscript': 'L’outil de conception d’ateliers nécessite JavaScript.',
	'workshop.loadError':
		'Les données de l’outil de conception d’ateliers n’ont pas pu être chargées. Vérifiez la connexion et rechargez la page.',

	'workshop.list.heading': 'Dossiers d’atelier dans ce navigateur',
	'workshop.list.empty':
		'Il n’y a encore aucun dossier d’atelier dans ce navigateur. Créez-en un, importez un fichier ou ajoutez des lignes directrices depuis leurs pages.',
	'workshop.list.date': 'Date',
	'workshop.list.guidelines': 'Lignes directrices',
	'workshop.list.updated': 'Dernière modification',
	'workshop.list.open': 'Ouvrir',
	'workshop.list.active': '« Ajouter à l’atelier » ajoute à ce dossier',
	'workshop.list.makeActive': 'Ajouter les lignes directrices à ce dossier',
	'workshop.list.actionsFor': 'Actions pour « {title} »',
	'workshop.noDate': 'Date à fixer',
	'workshop.duplicate': 'Dupliquer',
	'workshop.copyTitle': '{title} (copie)',
	'workshop.delete': 'Supprimer',
	'workshop.delete.confirm':
		'Supprimer « {title} » de ce navigateur ? Exportez-le d’abord si vous risquez d’en avoir encore besoin.',
	'workshop.delete.yes': 'Le supprimer',
	'workshop.delete.no': 'Le conserver',
	'workshop.deleted': '« {title} » a été supprimé.',
	'workshop.undo': 'Annuler',
	'workshop.skipped':
		'Dossiers enregistrés illisibles (endommagés ou enregistrés par une version plus récente du site), donc non affichés : {count}.',

	'workshop.new.heading': 'Nouveau dossier d’atelier',
	'workshop.new.create': 'Créer le dossier',
	'workshop.field.title': 'Titre',
	'workshop.field.audience': 'Public',
	'workshop.field.audience.hint':
		'Qui participera, par exemple « responsables des unités chargées des cotisations ».',
	'workshop.field.date': 'Date',
	'workshop.field.start': 'Heure de début',
	'workshop.field.duration': 'Durée (minutes)',
	'workshop.field.language': 'Langue des supports',
	'workshop.field.facilitator': 'Animateur',
	'workshop.field.opening': 'Ouverture (minutes)',
	'workshop.field.closing': 'Clôture (minutes)',
	'workshop.field.preparation': 'Un mot aux participants avant l’atelier',
	'workshop.field.preparation.hint': 'Imprimé au-dessus du modèle de note d’intention.',
	'workshop.error.title': 'Saisissez un titre.',
	'workshop.error.duration': 'Saisissez une durée comprise entre {min} et {max} minutes.',
	'workshop.error.minutes': 'Saisissez un nombre entier de minutes entre 0 et {max}.',
	'workshop.error.start': 'Saisissez une heure comme 09:00.',

	'workshop.import.heading': 'Importer un dossier',
	'workshop.import.label': 'Fichier du dossier (JSON)',
	'workshop.import.refused': 'Ce fichier n’a pas été importé. Rien n’a été modifié.',
	'workshop.import.preview': 'Prêt à importer « {title} » (lignes directrices : {count}).',
	'workshop.import.existing': 'Un dossier avec le même identifiant est déjà présent : « {title} ».',
	'workshop.import.replace': 'Le remplacer',
	'workshop.import.copy': 'Garder les deux',
	'workshop.import.confirm': 'Importer',
	'workshop.import.cancel': 'Annuler',
	'workshop.import.done': '« {title} » a été importé.',

	'workshop.back': 'Tous les dossiers d’atelier',
	'workshop.missing':
		'Ce dossier d’atelier n’est pas dans ce navigateur (il a peut-être été supprimé dans un autre onglet).',
	'workshop.details': 'Détails',
	'workshop.guidelines.heading': 'Lignes directrices',
	'workshop.guidelines.empty':
		'Aucune ligne directrice pour l’instant. Ajoutez-en ci-dessous, ou utilisez « Ajouter à l’atelier » sur les pages des lignes directrices, les pages des ensembles et les résultats de recherche.',
	'workshop.guidelines.reorderHint':
		'Pour réordonner au clavier, placez le focus sur la poignée d’une ligne directrice, appuyez sur Espace, déplacez-la avec les touches fléchées et appuyez de nouveau sur Espace ; Échap annule. Les boutons Monter et Descendre font de même.',
	'workshop.item.handle': 'Déplacer {guideline}',
	'workshop.item.up': 'Monter',
	'workshop.item.down': 'Descendre',
	'workshop.item.remove': 'Retirer',
	'workshop.item.removed': '{guideline} a été retirée du dossier.',
	'workshop.item.minutes': 'Durée (minutes)',
	'workshop.item.notes': 'Notes pour l’animateur',
	'workshop.item.notes.hint': 'Imprimées uniquement dans le guide de l’animateur.',
	'workshop.item.questions': 'Questions de discussion à inclure',
	'workshop.item.exercises': 'Exercices à inclure',
	'workshop.item.details': 'Notes, questions et exercices',
	'workshop.item.unknown':
		'Cette ligne directrice ne figure pas dans cette bibliothèque (le dossier provient peut-être d’une autre version du site). Elle est laissée de côté dans les supports.',
	'workshop.exercise.worksheet': 'Mini-auto-évaluation sur l’échelle de 0 à 4',
	'workshop.exercise.evidence':
		'Chasse aux preuves : où trouverions-nous ce que demande un évaluateur ?',
	'workshop.exercise.practice':
		'Point sur la pratique : parmi les manières habituelles de la mettre en œuvre, lesquelles avons-nous déjà ?',
	'workshop.add.heading': 'Ajouter une ligne directrice',
	'workshop.add.set': 'Ensemble',
	'workshop.add.guideline': 'Ligne directrice',
	'workshop.add.submit': 'Ajouter au dossier',
	'workshop.add.already': '(déjà dans le dossier)',
	'workshop.announce.picked': '{guideline} saisie, en position {position} sur {count}.',
	'workshop.announce.moved': '{guideline} déplacée en position {position} sur {count}.',
	'workshop.announce.dropped': '{guideline} déposée en position {position} sur {count}.',
	'workshop.announce.cancelled':
		'Déplacement annulé ; {guideline} est revenue en position {position}.',

	'workshop.agenda.heading': 'Programme',
	'workshop.agenda.time': 'Heure',
	'workshop.agenda.session': 'Séquence',
	'workshop.agenda.minutes': 'Minutes',
	'workshop.agenda.opening': 'Ouverture : les participants présentent leur note d’intention',
	'workshop.agenda.closing': 'Clôture : les premières étapes de chaque plan d’action',
	'workshop.agenda.total': 'Total : {total} minutes sur les {duration} prévues, fin à {end}.',
	'workshop.agenda.over':
		'Le programme dépasse la durée prévue de {minutes} minutes. Raccourcissez certaines séquences ou allongez l’atelier.',
	'workshop.agenda.free': '{minutes} minutes de la durée prévue ne sont pas attribuées.',

	'workshop.phase.preparation': 'Préparation',
	'workshop.phase.preparation.intro':
		'Avant l’atelier, chaque participant rédige une courte note d’intention. Le support du participant contient ce modèle :',
	'workshop.prep.institution': 'Votre institution et votre fonction',
	'workshop.prep.implementing':
		'Quelles lignes directrices de l’atelier votre institution met-elle en œuvre, ou prévoit-elle de mettre en œuvre ?',
	'workshop.prep.obstacles': 'Quels obstacles rencontrez-vous ?',
	'workshop.prep.expect': 'Qu’attendez-vous de l’atelier ?',
	'workshop.phase.workshop': 'L’atelier',
	'workshop.phase.workshop.intro':
		'Pour chaque ligne directrice, le support du participant reprend notre synthèse ainsi que les questions et les exercices que vous avez choisis ; le guide de l’animateur y ajoute vos notes et vos durées.',
	'workshop.phase.followUp': 'Suivi',
	'workshop.followUp.intro':
		'Après l’atelier, chaque participant traduit ce qu’il a appris en un plan d’action (quoi, quelle ligne directrice, qui, pour quand, à quoi se verront les progrès) et le revoit lors de trois points d’étape mensuels.',
	'workshop.followUp.checkIn.one': 'Point d’étape après {count} mois',
	'workshop.followUp.checkIn.other': 'Point d’étape après {count} mois',
	'workshop.followUp.when': 'Date',
	'workshop.followUp.noDate':
		'Fixez la date de l’atelier pour calculer les dates des points d’étape.',

	'workshop.outputs': 'Supports et partage',
	'workshop.handout': 'Support du participant (PDF)',
	'workshop.guide': 'Guide de l’animateur (PDF)',
	'workshop.print': 'Version imprimable',
	'workshop.export': 'Exporter le fichier (JSON)',
	'workshop.exported': 'Fichier « {file} » enregistré.',
	'workshop.share': 'Copier le lien de partage',
	'workshop.share.label': 'Lien de partage',
	'workshop.share.hint':
		'Le lien contient tout le dossier dans l’adresse elle-même ; rien n’est envoyé en ligne. Qui l’ouvre voit le dossier en lecture seule et peut en enregistrer une copie.',
	'workshop.share.copied': 'Le lien de partage a été copié.',
	'workshop.share.copyFailed':
		'Le lien n’a pas pu être copié : sélectionnez-le et copiez-le à la main.',

	'workshop.shared.heading': 'Un dossier d’atelier partagé',
	'workshop.shared.intro':
		'Vous avez ouvert un dossier d’atelier depuis un lien. Il est affiché en lecture seule : enregistrez-en une copie pour le modifier.',
	'workshop.shared.save': 'Enregistrer une copie',
	'workshop.shared.saved': 'Une copie a été enregistrée dans ce navigateur.',
	'workshop.shared.open': 'Ouvrir la copie',
	'workshop.shared.error.heading': 'Ce lien de partage ne peut pas être ouvert',
	'workshop.shared.error.empty': 'Le lien ne contient aucun dossier d’atelier.',
	'workshop.shared.error.unknown-format':
		'Ce lien n’est pas un lien de partage d’atelier de ce site, ou il a été créé par une version plus récente du site.',
	'workshop.shared.error.too-long': 'Le lien est trop long pour être un dossier d’atelier.',
	'workshop.shared.error.damaged':
		'Le lien est endommagé ou incomplet : une partie s’est probablement perdue lors de la copie. Redemandez le lien.',
	'workshop.shared.error.too-large':
		'Une fois décompressé, le lien dépasse ce qu’un dossier d’atelier peut contenir ; il n’a donc pas été ouvert.',
	'workshop.shared.error.invalid':
		'Le lien se décode, mais son contenu n’est pas un dossier d’atelier valide :',
	'workshop.shared.error.back': 'Aller à vos dossiers d’atelier',

	'workshop.worksheet.heading': 'Fiche de travail : évaluez votre institution',
	'workshop.worksheet.intro':
		'Évaluez votre institution au regard de chaque ligne directrice de l’atelier. Vos réponses restent sur cette page jusqu’à ce que vous lanciez une auto-évaluation à partir de celles-ci.',
	'workshop.worksheet.level': 'Niveau de votre institution',
	'workshop.worksheet.unanswered': 'Sans réponse',
	'workshop.worksheet.na': 'Non applicable, car…',
	'workshop.worksheet.notes': 'Notes',
	'workshop.worksheet.organisation': 'Votre institution',
	'workshop.worksheet.country': 'Pays',
	'workshop.worksheet.start': 'Lancer une auto-évaluation à partir de mes réponses',
	'workshop.worksheet.started': 'Votre auto-évaluation de départ « {title} » a été créée.',
	'workshop.worksheet.openWorkbook': 'Ouvrir son cahier d’évaluation',
	'workshop.worksheet.none': 'Évaluez d’abord au moins une ligne directrice.',
	'workshop.worksheet.title': 'Auto-évaluation de départ : {title}',

	'workshop.addButton': 'Ajouter à l’atelier',
	'workshop.added': 'Ajout effectué dans « {title} ».',
	'workshop.addedAlready': 'Figure déjà dans « {title} ».',
	'workshop.addOpen': 'Ouvrir l’atelier',
	'workshop.addFailed': 'L’ajout a échoué : ce navigateur refuse d’enregistrer des données.',
	'workshop.defaultTitle': 'Nouvel atelier',

	'workshop.printNow': 'Imprimer',
	'workshop.print.back': 'Retour à la conception de l’atelier',
} as const;
