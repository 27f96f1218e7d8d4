/**
 * Spanish UI strings of the workshop builder (list, builder, shared view, worksheet, print
 * view, "Add to workshop"). Part of the Spanish dictionary (`es.ts`); every language has its
 * own `workshop.<lang>.ts` with exactly these keys.
 */
export const workshopEs = {
	'nav.workshops': 'Talleres',

	'workshop.title': 'Diseñador de talleres',
	'workshop.intro':
		'Prepare un taller sobre algunas directrices en las tres fases que utiliza la Academia de la AISS: la preparación, el taller propiamente dicho y tres meses de seguimiento. Los paquetes se quedan en este navegador; exporte un archivo o comparta un enlace para compartir uno con otras personas.',
	'workshop.independence':
		'Los materiales impresos recogen nuestros propios resúmenes, preguntas y ejercicios. No son material de formación de la AISS, y esta herramienta no está respaldada por la AISS.',
	'workshop.schemaLink': 'El formato del archivo de paquete de taller (JSON Schema)',
	'workshop.loading': 'Cargando sus paquetes de taller…',
	'workshop.noscript': 'El diseñador de talleres necesita JavaScript.',
	'workshop.loadError':
		'No se pudieron cargar los datos del diseñador de talleres. Compruebe la conexión y vuelva a cargar la página.',

	'workshop.list.heading': 'Paquetes de taller en este navegador',
	'workshop.list.empty':
		'Todavía no hay ningún paquete de taller en este navegador. Cree uno, importe un archivo o añada directrices desde sus páginas.',
	'workshop.list.date': 'Fecha',
	'workshop.list.guidelines': 'Directrices',
	'workshop.list.updated': 'Último cambio',
	'workshop.list.open': 'Abrir',
	'workshop.list.active': '«Añadir al taller» añade a este paquete',
	'workshop.list.makeActive': 'Añadir directrices a este paquete',
	'workshop.list.actionsFor': 'Acciones para «{title}»',
	'workshop.noDate': 'Fecha por determinar',
	'workshop.duplicate': 'Duplicar',
	'workshop.copyTitle': '{title} (copia)',
	'workshop.delete': 'Eliminar',
	'workshop.delete.confirm':
		'¿Eliminar «{title}» de este navegador? Expórtelo antes si puede volver a necesitarlo.',
	'workshop.delete.yes': 'Eliminarlo',
	'workshop.delete.no': 'Conservarlo',
	'workshop.deleted': 'Se eliminó «{title}».',
	'workshop.undo': 'Deshacer',
	'workshop.skipped':
		'Paquetes guardados que no se pudieron leer (dañados o guardados por una versión más reciente del sitio) y no se muestran: {count}.',

	'workshop.new.heading': 'Nuevo paquete de taller',
	'workshop.new.create': 'Crear el paquete',
	'workshop.field.title': 'Título',
	'workshop.field.audience': 'Público',
	'workshop.field.audience.hint':
		'Quiénes participarán, por ejemplo, «jefes de las unidades de cotizaciones».',
	'workshop.field.date': 'Fecha',
	'workshop.field.start': 'Hora de inicio',
	'workshop.field.duration': 'Duración (minutos)',
	'workshop.field.language': 'Idioma de los materiales',
	'workshop.field.facilitator': 'Facilitador',
	'workshop.field.opening': 'Apertura (minutos)',
	'workshop.field.closing': 'Cierre (minutos)',
	'workshop.field.preparation': 'Unas palabras a los participantes antes del taller',
	'workshop.field.preparation.hint':
		'Se imprime encima de la plantilla de la declaración de intenciones.',
	'workshop.error.title': 'Introduzca un título.',
	'workshop.error.duration': 'Introduzca una duración de entre {min} y {max} minutos.',
	'workshop.error.minutes': 'Introduzca un número entero de minutos entre 0 y {max}.',
	'workshop.error.start': 'Introduzca una hora como 09:00.',

	'workshop.import.heading': 'Importar un paquete',
	'workshop.import.label': 'Archivo del paquete (JSON)',
	'workshop.import.refused': 'Este archivo no se importó. No se ha cambiado nada.',
	'workshop.import.preview': 'Listo para importar «{title}» (directrices: {count}).',
	'workshop.import.existing': 'Ya hay aquí un paquete con el mismo identificador: «{title}».',
	'workshop.import.replace': 'Reemplazarlo',
	'workshop.import.copy': 'Conservar ambos',
	'workshop.import.confirm': 'Importar',
	'workshop.import.cancel': 'Cancelar',
	'workshop.import.done': 'Se importó «{title}».',

	'workshop.back': 'Todos los paquetes de taller',
	'workshop.missing':
		'Este paquete de taller no está en este navegador (puede que se haya eliminado en otra pestaña).',
	'workshop.details': 'Detalles',
	'workshop.guidelines.heading': 'Directrices',
	'workshop.guidelines.empty':
		'Todavía no hay ninguna directriz. Añada alguna abajo o use «Añadir al taller» en las páginas de las directrices, las páginas de los conjuntos y los resultados de búsqueda.',
	'workshop.guidelines.reorderHint':
		'Para reordenar con el teclado, ponga el foco en el asa de una directriz, pulse Espacio, muévala con las teclas de flecha y vuelva a pulsar Espacio; Escape cancela. Los botones Subir y Bajar hacen lo mismo.',
	'workshop.item.handle': 'Mover {guideline}',
	'workshop.item.up': 'Subir',
	'workshop.item.down': 'Bajar',
	'workshop.item.remove': 'Quitar',
	'workshop.item.removed': 'Se quitó {guideline} del paquete.',
	'workshop.item.minutes': 'Tiempo (minutos)',
	'workshop.item.notes': 'Notas para el facilitador',
	'workshop.item.notes.hint': 'Solo se imprimen en la guía del facilitador.',
	'workshop.item.questions': 'Preguntas para el debate que se incluirán',
	'workshop.item.exercises': 'Ejercicios que se incluirán',
	'workshop.item.details': 'Notas, preguntas y ejercicios',
	'workshop.item.unknown':
		'Esta directriz no está en esta biblioteca (puede que el paquete proceda de otra versión del sitio). Se omite en los materiales.',
	'workshop.exercise.worksheet': 'Miniautoevaluación en la escala de 0 a 4',
	'workshop.exercise.evidence':
		'En busca de pruebas: ¿dónde encontraríamos lo que pide un evaluador?',
	'workshop.exercise.practice':
		'Revisión de la práctica: ¿cuáles de las formas habituales de aplicarla tenemos ya?',
	'workshop.add.heading': 'Añadir una directriz',
	'workshop.add.set': 'Conjunto',
	'workshop.add.guideline': 'Directriz',
	'workshop.add.submit': 'Añadir al paquete',
	'workshop.add.already': '(ya está en el paquete)',
	'workshop.announce.picked': 'Se seleccionó {guideline}, en la posición {position} de {count}.',
	'workshop.announce.moved': '{guideline} se movió a la posición {position} de {count}.',
	'workshop.announce.dropped': '{guideline} se soltó en la posición {position} de {count}.',
	'workshop.announce.cancelled':
		'Movimiento cancelado; {guideline} vuelve a estar en la posición {position}.',

	'workshop.agenda.heading': 'Programa',
	'workshop.agenda.time': 'Hora',
	'workshop.agenda.session': 'Sesión',
	'workshop.agenda.minutes': 'Minutos',
	'workshop.agenda.opening':
		'Apertura: los participantes comparten sus declaraciones de intenciones',
	'workshop.agenda.closing': 'Cierre: los primeros pasos de cada plan de acción',
	'workshop.agenda.total': 'Total: {total} de {duration} minutos previstos; termina a las {end}.',
	'workshop.agenda.over':
		'El programa supera en {minutes} minutos la duración prevista. Acorte algunas sesiones o alargue el taller.',
	'workshop.agenda.free': 'Quedan {minutes} minutos de la duración prevista sin asignar.',

	'workshop.phase.preparation': 'Preparación',
	'workshop.phase.preparation.intro':
		'Antes del taller, cada participante redacta una breve declaración de intenciones. El material para participantes incluye esta plantilla:',
	'workshop.prep.institution': 'Su institución y su cargo',
	'workshop.prep.implementing':
		'¿Qué directrices del taller está aplicando su institución o tiene previsto aplicar?',
	'workshop.prep.obstacles': '¿Con qué obstáculos se encuentra?',
	'workshop.prep.expect': '¿Qué espera del taller?',
	'workshop.phase.workshop': 'El taller',
	'workshop.phase.workshop.intro':
		'Para cada directriz, el material para participantes recoge nuestro resumen y las preguntas y los ejercicios que usted eligió; la guía del facilitador añade sus notas y tiempos.',
	'workshop.phase.followUp': 'Seguimiento',
	'workshop.followUp.intro':
		'Después del taller, cada participante convierte lo aprendido en un plan de acción (qué, qué directriz, quién, para cuándo, cómo se verá el avance) y lo revisa en tres puntos de control mensuales.',
	'workshop.followUp.checkIn.one': 'Punto de control al cabo de {count} mes',
	'workshop.followUp.checkIn.other': 'Punto de control al cabo de {count} meses',
	'workshop.followUp.when': 'Fecha',
	'workshop.followUp.noDate':
		'Indique la fecha del taller para calcular las fechas de los puntos de control.',

	'workshop.outputs': 'Materiales y uso compartido',
	'workshop.handout': 'Material para participantes (PDF)',
	'workshop.guide': 'Guía del facilitador (PDF)',
	'workshop.print': 'Vista para imprimir',
	'workshop.export': 'Exportar archivo (JSON)',
	'workshop.exported': 'Se guardó «{file}».',
	'workshop.share': 'Copiar el enlace para compartir',
	'workshop.share.label': 'Enlace para compartir',
	'workshop.share.hint':
		'El enlace lleva el paquete completo en la propia dirección; no se sube nada. Quien lo abra verá el paquete en modo de solo lectura y podrá guardar una copia.',
	'workshop.share.copied': 'Se copió el enlace para compartir.',
	'workshop.share.copyFailed': 'No se pudo copiar el enlace: selecciónelo y cópielo a mano.',

	'workshop.shared.heading': 'Un paquete de taller compartido',
	'workshop.shared.intro':
		'Ha abierto un paquete de taller desde un enlace. Se muestra en modo de solo lectura: guarde una copia para modificarlo.',
	'workshop.shared.save': 'Guardar una copia',
	'workshop.shared.saved': 'Se guardó una copia en este navegador.',
	'workshop.shared.open': 'Abrir la copia',
	'workshop.shared.error.heading': 'No se puede abrir este enlace para compartir',
	'workshop.shared.error.empty': 'El enlace no contiene ningún paquete de taller.',
	'workshop.shared.error.unknown-format':
		'El enlace no es un enlace para compartir talleres de este sitio, o lo creó una versión más reciente del sitio.',
	'workshop.shared.error.too-long': 'El enlace es demasiado largo para ser un paquete de taller.',
	'workshop.shared.error.damaged':
		'El enlace está dañado o incompleto: probablemente se perdió una parte al copiarlo. Vuelva a pedir el enlace.',
	'workshop.shared.error.too-large':
		'Al descomprimirse, el enlace ocupa más de lo que puede contener un paquete de taller, así que no se abrió.',
	'workshop.shared.error.invalid':
		'El enlace se descodifica, pero su contenido no es un paquete de taller válido:',
	'workshop.shared.error.back': 'Ir a sus paquetes de taller',

	'workshop.worksheet.heading': 'Hoja de trabajo: evalúe su institución',
	'workshop.worksheet.intro':
		'Evalúe su institución con respecto a cada directriz del taller. Sus respuestas se quedan en esta página hasta que inicie una autoevaluación a partir de ellas.',
	'workshop.worksheet.level': 'Nivel de su institución',
	'workshop.worksheet.unanswered': 'Sin respuesta',
	'workshop.worksheet.na': 'No aplicable porque…',
	'workshop.worksheet.notes': 'Notas',
	'workshop.worksheet.organisation': 'Su institución',
	'workshop.worksheet.country': 'País',
	'workshop.worksheet.start': 'Iniciar una autoevaluación a partir de mis respuestas',
	'workshop.worksheet.started': 'Se creó su autoevaluación inicial «{title}».',
	'workshop.worksheet.openWorkbook': 'Abrir su cuaderno de trabajo',
	'workshop.worksheet.none': 'Primero evalúe al menos una directriz.',
	'workshop.worksheet.title': 'Autoevaluación inicial: {title}',

	'workshop.addButton': 'Añadir al taller',
	'workshop.added': 'Se añadió a «{title}».',
	'workshop.addedAlready': 'Ya está en «{title}».',
	'workshop.addOpen': 'Abrir el taller',
	'workshop.addFailed': 'No se pudo añadir: este navegador no permite guardar datos.',
	'workshop.defaultTitle': 'Nuevo taller',

	'workshop.printNow': 'Imprimir',
	'workshop.print.back': 'Volver al diseñador',
} as const;
