/** Spanish strings of the workshop PDFs (the participant handout and the facilitator guide). */
import type { handoutEn } from './handout.en.ts';

export const handoutEs: Record<keyof typeof handoutEn, string> = {
	'handout.title.handout': 'Material para participantes',
	'handout.title.guide': 'Guía del facilitador',
	'handout.subject.handout':
		'Material para participantes de un taller sobre las Directrices de la AISS',
	'handout.subject.guide': 'Guía del facilitador de un taller sobre las Directrices de la AISS',
	'handout.date': 'Fecha',
	'handout.time': 'Horario',
	'handout.timeValue': 'de {start} a {end} ({minutes} minutos)',
	'handout.facilitator': 'Facilitador',
	'handout.audience': 'Público',
	'handout.guidelines': 'Directrices',
	'handout.guidelineCount.one': '{count} directriz, enumerada en el índice',
	'handout.guidelineCount.other': '{count} directrices, enumeradas en el índice',
	'handout.prepared': 'Preparado el {date}.',
	'handout.statement':
		'Hecho con Guidelines Workbench, una herramienta independiente. Este no es material de la AISS, y ni él ni la herramienta cuentan con el respaldo de la AISS. Los números y los títulos de las directrices son de la AISS; todo lo demás (resúmenes, preguntas y ejercicios) es nuestro propio resumen, no texto de la AISS. Para la redacción oficial, lea las directrices en issa.int.',
	'handout.guide.forYou':
		'Solo para el facilitador: esta guía contiene sus notas, los horarios y lo que conviene escuchar. Entregue a los participantes el material para participantes.',
	'handout.footer':
		'Hecho con Guidelines Workbench, una herramienta independiente; no es material de la AISS.',
	'handout.leftOut.one':
		'{count} directriz del taller no está en esta biblioteca (el taller puede venir de otra versión del sitio) y se omite.',
	'handout.leftOut.other':
		'{count} directrices del taller no están en esta biblioteca (el taller puede venir de otra versión del sitio) y se omiten.',

	'handout.prep.intro':
		'Antes del taller, escriba una breve declaración de propósito y tráigala: el taller empieza con los participantes compartiendo las suyas.',
	'handout.prep.guideIntro':
		'Los participantes reciben esta plantilla antes del taller. En la apertura, pida a algunos que compartan sus respuestas y anote los obstáculos que mencionen, para retomarlos en las sesiones.',
	'handout.prep.word': 'Unas palabras del facilitador',
	'handout.col.guideline': 'Directriz',
	'handout.col.implementing': 'En curso',
	'handout.col.planned': 'Prevista',
	'handout.col.notYet': 'Todavía no',

	'handout.agenda.intro':
		'Los horarios son orientativos; el facilitador puede ajustarlos el mismo día.',

	'handout.summary': 'En breve',
	'handout.responsible': 'Quién suele ser responsable',
	'handout.questions': 'Preguntas para el debate',
	'handout.exercises': 'Ejercicios',
	'handout.worksheet.intro': 'Marque el único nivel que mejor describe hoy a su institución.',
	'handout.col.level': 'Nivel',
	'handout.col.description': 'Cómo se ve',
	'handout.col.tick': 'Marque uno',
	'handout.worksheet.evidence': 'Pruebas que tenemos de este nivel:',
	'handout.evidence.intro':
		'Para cada elemento que pediría un evaluador, anote dónde lo guarda su institución y quién es su responsable. Deje ambas casillas vacías si no lo tiene.',
	'handout.col.evidence': 'Lo que pediría un evaluador',
	'handout.col.where': 'Dónde lo guardamos',
	'handout.col.whoOwns': 'Quién es responsable',
	'handout.practice.intro':
		'Para cada forma habitual de aplicar la directriz, marque hasta qué punto la tiene su institución.',
	'handout.col.practice': 'Práctica habitual',
	'handout.col.inPlace': 'Implantada',
	'handout.col.partly': 'En parte',

	'handout.guide.time': 'Tiempo asignado: {minutes} minutos, de {start} a {end}.',
	'handout.guide.notes': 'Sus notas',
	'handout.guide.questions': 'Preguntas para el debate',
	'handout.guide.questionsIntro':
		'Todas nuestras preguntas sobre esta directriz; las marcadas «En el material» se imprimen para los participantes.',
	'handout.col.number': 'N.º',
	'handout.col.question': 'Pregunta',
	'handout.col.inHandout': 'En el material',
	'handout.yes': 'Sí',
	'handout.no': 'No',
	'handout.noQuestions':
		'No se imprime ninguna pregunta para el debate en el material sobre esta directriz.',
	'handout.guide.listen': 'Qué escuchar',
	'handout.guide.listenIntro':
		'Señales de que una institución aplica la directriz: las formas habituales de aplicarla y las pruebas que pediría un evaluador.',
	'handout.guide.mechanism': 'Formas habituales de aplicarla',
	'handout.guide.evidence': 'Pruebas que buscaría un evaluador',
	'handout.guide.exercises': 'Ejercicios del material',
	'handout.guide.noExercises':
		'No se imprime ningún ejercicio en el material sobre esta directriz.',
	'handout.guide.run.worksheet':
		'Dé a los participantes cinco minutos para marcar un nivel a solas y luego compárenlo por parejas: donde colegas de una misma institución difieren, la directriz se entiende de forma distinta.',
	'handout.guide.run.evidence':
		'En grupos pequeños, los participantes anotan dónde se guarda cada elemento y quién es su responsable; los elementos que nadie sabe localizar son buenos candidatos para el plan de acción.',
	'handout.guide.run.practice':
		'Repase las prácticas una a una y pregunte a quienes marcaron «Implantada» cómo lo saben: qué documento, decisión o cifra lo demuestra.',

	'handout.followUp.intro':
		'Después del taller, convierta lo aprendido en unas pocas acciones concretas y revíselas en los tres puntos de control siguientes.',
	'handout.followUp.guideIntro':
		'En la sesión de cierre, cada participante empieza el plan de acción siguiente. Acuerden las fechas de los puntos de control antes de que todos se vayan.',
	'handout.actionPlan': 'Plan de acción',
	'handout.col.action': 'Acción',
	'handout.col.owner': 'Responsable',
	'handout.col.due': 'Plazo',
	'handout.col.progress': 'Cómo se verá el avance',
	'handout.checkIns': 'Puntos de control',
	'handout.col.checkIn': 'Punto de control',
	'handout.col.review': 'Qué revisar',
	'handout.col.ask': 'Qué preguntar',
	'handout.checkIn.review.1':
		'¿Qué acciones han empezado? ¿Tiene cada una un responsable y sigue siendo correcto su plazo?',
	'handout.checkIn.review.2':
		'¿Qué muestra avances hasta ahora? ¿Qué frena las acciones que no se han movido y quién puede eliminar el obstáculo?',
	'handout.checkIn.review.3':
		'¿Qué ha cambiado en las directrices del taller? Evalúelas de nuevo en la escala de 0 a 4 y planifique los pasos siguientes.',
	'handout.checkIn.ask.1':
		'Pregunte a cada participante por su primera acción, su responsable y si ha empezado; ayude a quienes no han empezado a elegir un primer paso pequeño.',
	'handout.checkIn.ask.2':
		'Pida pruebas de avance (un documento, una decisión, una cifra) y reúna los obstáculos que comparten varias instituciones.',
	'handout.checkIn.ask.3':
		'Pida a los participantes que comparen una nueva evaluación con su hoja del taller, y acuerden si pasar a una autoevaluación completa.',
};
