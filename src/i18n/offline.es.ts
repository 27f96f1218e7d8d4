/**
 * Spanish UI strings of offline use and the phone layout. Part of the Spanish dictionary
 * (`es.ts`); every language has its own `offline.<lang>.ts` with exactly these keys.
 */
export const offlineEs = {
	'nav.menu': 'Menú',
	'nav.sidebar': 'Índice',
	'nav.offlineHelp': 'Uso sin conexión y datos guardados',

	'offline.saving': 'Guardando el sitio para usarlo sin conexión: {done} de {total} archivos…',
	'offline.ready': 'Disponible sin conexión',
	'offline.offline': 'Sin conexión: las páginas guardadas en este navegador siguen funcionando.',
	'offline.unsupported': 'Este navegador no puede guardar el sitio para usarlo sin conexión.',
	'offline.error': 'No se pudo guardar la copia sin conexión: {reason}.',
	'offline.quota': 'el navegador no tiene espacio de almacenamiento disponible',

	'offline.update.text': 'Hay una nueva versión de este sitio lista.',
	'offline.update.stale':
		'Esta pestaña muestra la versión anterior del sitio. Vuelva a cargarla para usar la nueva.',
	'offline.update.reload': 'Volver a cargar ahora',
	'offline.update.later': 'Más tarde',

	'offline.help.title': 'Uso sin conexión y datos guardados en este navegador',
	'offline.help.intro':
		'Una vez abierto, este sitio sigue funcionando sin red: la lectura, la búsqueda, la autoevaluación, el informe en PDF y el diseño de talleres. Todo lo que guarda permanece en este navegador, en este dispositivo.',
	'offline.help.notStored':
		'La página solicitada no está guardada en este navegador y no hay conexión. Se abrirá cuando vuelva a estar en línea; las páginas de los idiomas indicados abajo ya funcionan.',
	'offline.help.whatHeading': 'Lo que guarda este navegador',
	'offline.help.copy':
		'Una copia sin conexión del sitio: su código, las fuentes que necesita el informe en PDF y todas las páginas de cada idioma que haya abierto, con su índice de búsqueda. Una nueva versión del sitio sustituye la copia entera, y solo cuando usted decide volver a cargar.',
	'offline.help.data':
		'Sus evaluaciones y paquetes de taller, en la base de datos IndexedDB del navegador. Solo salen del navegador si usted los exporta o los comparte. Las actualizaciones del sitio nunca los modifican, y al eliminar la copia sin conexión se conservan.',
	'offline.help.settings':
		'Algunos ajustes en el almacenamiento local: el tema, sus búsquedas recientes y la evaluación y el paquete de taller que tenía abiertos.',
	'offline.help.nowHeading': 'Ahora en este navegador',
	'offline.help.checking': 'Comprobando…',
	'offline.help.languages': 'Idiomas guardados sin conexión: {languages}.',
	'offline.help.noLanguages': 'Todavía no se ha guardado ningún idioma sin conexión.',
	'offline.help.usage': 'Este sitio ocupa aquí {used}; el navegador le permite hasta {quota}.',
	'offline.help.version': 'Versión de la copia sin conexión: {version}.',
	'offline.help.noWorker': 'Este navegador no guarda ninguna copia sin conexión del sitio.',
	'offline.help.removeHeading': 'Eliminar lo guardado',
	'offline.help.removeCopy': 'Eliminar la copia sin conexión',
	'offline.help.removeCopyNote':
		'Elimina las páginas y los archivos guardados de este sitio. Sus evaluaciones, paquetes de taller y ajustes se conservan. La copia se vuelve a guardar la próxima vez que abra el sitio con conexión.',
	'offline.help.removed': 'Se ha eliminado la copia sin conexión.',
	'offline.help.removeFailed': 'No se pudo eliminar la copia sin conexión: {reason}',
	'offline.help.removeData':
		'Para eliminar una evaluación o un paquete de taller, elimínelo en el espacio de trabajo o en el diseñador de talleres; expórtelo antes si puede volver a necesitarlo. Borrar los datos de este sitio en la configuración del navegador lo elimina todo a la vez: la copia sin conexión, sus evaluaciones, sus paquetes de taller y sus ajustes.',
	'offline.help.installHeading': 'Instalar el sitio como aplicación',
	'offline.help.install':
		'Los navegadores que lo permiten ofrecen instalar el sitio desde su menú (por ejemplo, «Instalar aplicación» o «Añadir a la pantalla de inicio»). La aplicación se abre en el idioma de la página desde la que la instaló y funciona sin conexión como el sitio.',
} as const;
