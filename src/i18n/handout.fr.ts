/** French strings of the workshop PDFs (the participant handout and the facilitator guide). */
import type { handoutEn } from './handout.en.ts';

export const handoutFr: Record<keyof typeof handoutEn, string> = {
	'handout.title.handout': 'Support du participant',
	'handout.title.guide': 'Guide de l’animateur',
	'handout.subject.handout':
		'Support du participant d’un atelier sur les Lignes directrices de l’AISS',
	'handout.subject.guide': 'Guide de l’animateur d’un atelier sur les Lignes directrices de l’AISS',
	'handout.date': 'Date',
	'handout.time': 'Horaire',
	'handout.timeValue': 'de {start} à {end} ({minutes} minutes)',
	'handout.facilitator': 'Animateur',
	'handout.audience': 'Public',
	'handout.guidelines': 'Lignes directrices',
	'handout.guidelineCount.one': '{count} ligne directrice, listée dans le sommaire',
	'handout.guidelineCount.other': '{count} lignes directrices, listées dans le sommaire',
	'handout.prepared': 'Préparé le {date}.',
	'handout.statement':
		'Réalisé avec Guidelines Workbench, un outil indépendant. Ce document n’est pas un document de l’AISS, et ni lui ni l’outil ne sont approuvés par l’AISS. Les numéros et les titres des lignes directrices sont ceux de l’AISS ; tout le reste (résumés, questions et exercices) est notre propre résumé, et non un texte de l’AISS. Pour le libellé qui fait foi, lisez les lignes directrices sur issa.int.',
	'handout.guide.forYou':
		'Réservé à l’animateur : ce guide contient vos notes, les horaires et ce qu’il faut écouter. Remettez aux participants le support du participant.',
	'handout.footer':
		'Réalisé avec Guidelines Workbench, un outil indépendant ; pas un document de l’AISS.',
	'handout.leftOut.one':
		'{count} ligne directrice de l’atelier ne figure pas dans cette bibliothèque (l’atelier provient peut-être d’une autre version du site) et n’est pas reprise.',
	'handout.leftOut.other':
		'{count} lignes directrices de l’atelier ne figurent pas dans cette bibliothèque (l’atelier provient peut-être d’une autre version du site) et ne sont pas reprises.',

	'handout.prep.intro':
		'Avant l’atelier, rédigez une courte déclaration d’intention et apportez-la : l’atelier s’ouvre sur le partage de ces déclarations.',
	'handout.prep.guideIntro':
		'Les participants reçoivent ce modèle avant l’atelier. À l’ouverture, demandez à certains de partager leurs réponses et notez les obstacles qu’ils citent, pour y revenir pendant les séances.',
	'handout.prep.word': 'Un mot de l’animateur',
	'handout.col.guideline': 'Ligne directrice',
	'handout.col.implementing': 'En cours',
	'handout.col.planned': 'Prévue',
	'handout.col.notYet': 'Pas encore',

	'handout.agenda.intro':
		'Les horaires sont indicatifs ; l’animateur peut les ajuster le jour même.',

	'handout.summary': 'En bref',
	'handout.responsible': 'Qui en est habituellement responsable',
	'handout.questions': 'Questions pour la discussion',
	'handout.exercises': 'Exercices',
	'handout.worksheet.intro':
		'Cochez le seul niveau qui décrit le mieux votre institution aujourd’hui.',
	'handout.col.level': 'Niveau',
	'handout.col.description': 'À quoi il ressemble',
	'handout.col.tick': 'Cochez',
	'handout.worksheet.evidence': 'Les preuves dont nous disposons pour ce niveau :',
	'handout.evidence.intro':
		'Pour chaque élément qu’un évaluateur demanderait, notez où votre institution le conserve et qui en est responsable. Laissez les deux cases vides si vous ne l’avez pas.',
	'handout.col.evidence': 'Ce qu’un évaluateur demanderait',
	'handout.col.where': 'Où nous le conservons',
	'handout.col.whoOwns': 'Qui en est responsable',
	'handout.practice.intro':
		'Pour chaque manière habituelle de mettre en œuvre la ligne directrice, cochez où en est votre institution.',
	'handout.col.practice': 'Pratique habituelle',
	'handout.col.inPlace': 'En place',
	'handout.col.partly': 'En partie',

	'handout.guide.time': 'Temps prévu : {minutes} minutes, de {start} à {end}.',
	'handout.guide.notes': 'Vos notes',
	'handout.guide.questions': 'Questions pour la discussion',
	'handout.guide.questionsIntro':
		'Toutes nos questions pour cette ligne directrice ; celles marquées « Dans le support » sont imprimées pour les participants.',
	'handout.col.number': 'N°',
	'handout.col.question': 'Question',
	'handout.col.inHandout': 'Dans le support',
	'handout.yes': 'Oui',
	'handout.no': 'Non',
	'handout.noQuestions':
		'Aucune question de discussion n’est imprimée dans le support pour cette ligne directrice.',
	'handout.guide.listen': 'Ce qu’il faut écouter',
	'handout.guide.listenIntro':
		'Les signes qu’une institution a mis en place la ligne directrice : les manières habituelles de la mettre en œuvre et les preuves qu’un évaluateur demanderait.',
	'handout.guide.mechanism': 'Manières habituelles de la mettre en œuvre',
	'handout.guide.evidence': 'Preuves qu’un évaluateur chercherait',
	'handout.guide.exercises': 'Exercices du support',
	'handout.guide.noExercises':
		'Aucun exercice n’est imprimé dans le support pour cette ligne directrice.',
	'handout.guide.run.worksheet':
		'Laissez cinq minutes aux participants pour cocher un niveau seuls, puis faites comparer par deux : là où des collègues d’une même institution divergent, la ligne directrice est comprise différemment.',
	'handout.guide.run.evidence':
		'En petits groupes, les participants notent où chaque élément est conservé et qui en est responsable ; les éléments que personne ne sait situer sont de bons candidats pour le plan d’action.',
	'handout.guide.run.practice':
		'Passez les pratiques en revue une à une et demandez à ceux qui ont coché « En place » comment ils le savent : quel document, quelle décision ou quel chiffre le montre.',

	'handout.followUp.intro':
		'Après l’atelier, traduisez ce que vous avez appris en quelques actions concrètes, et faites-en le point lors des trois rendez-vous de suivi ci-dessous.',
	'handout.followUp.guideIntro':
		'Pendant la séance de clôture, chaque participant commence le plan d’action ci-dessous. Convenez des dates des rendez-vous de suivi avant que chacun reparte.',
	'handout.actionPlan': 'Plan d’action',
	'handout.col.action': 'Action',
	'handout.col.owner': 'Responsable',
	'handout.col.due': 'Échéance',
	'handout.col.progress': 'Comment le progrès se verra',
	'handout.checkIns': 'Rendez-vous de suivi',
	'handout.col.checkIn': 'Rendez-vous',
	'handout.col.review': 'Ce qu’il faut passer en revue',
	'handout.col.ask': 'Ce qu’il faut demander',
	'handout.checkIn.review.1':
		'Quelles actions ont commencé ? Chacune a-t-elle un responsable, et son échéance est-elle toujours la bonne ?',
	'handout.checkIn.review.2':
		'Qu’est-ce qui montre un progrès jusqu’ici ? Qu’est-ce qui bloque les actions qui n’ont pas avancé, et qui peut lever l’obstacle ?',
	'handout.checkIn.review.3':
		'Qu’est-ce qui a changé pour les lignes directrices de l’atelier ? Évaluez-les à nouveau sur l’échelle de 0 à 4 et planifiez les étapes suivantes.',
	'handout.checkIn.ask.1':
		'Demandez à chaque participant sa première action, son responsable et si elle a commencé ; aidez ceux qui n’ont pas commencé à choisir un petit premier pas.',
	'handout.checkIn.ask.2':
		'Demandez des preuves de progrès (un document, une décision, un chiffre) et recueillez les obstacles que plusieurs institutions partagent.',
	'handout.checkIn.ask.3':
		'Demandez aux participants de comparer une nouvelle évaluation avec leur fiche de l’atelier, et convenez de passer ou non à une auto-évaluation complète.',
};
