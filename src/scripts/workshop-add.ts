/**
 * "Add to workshop" buttons (guideline pages, set pages, search results). A reader who never
 * presses one loads nothing but this listener: the code that opens the storage loads on the
 * first press. Buttons are hidden without JavaScript and shown here.
 */

export function wireWorkshopAdd(doc: Document = document): void {
	const status = doc.querySelector<HTMLElement>('[data-workshop-status]');
	if (!status) return;
	for (const button of doc.querySelectorAll<HTMLElement>('[data-workshop-add]'))
		button.hidden = false;
	doc.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-workshop-add]');
		if (!button) return;
		const id = button.dataset['workshopAdd'] ?? '';
		const questions = Number(button.dataset['questions'] ?? '3');
		void import('./workshop-add-run.ts').then(({ addToWorkshop }) =>
			addToWorkshop(id, questions, status)
		);
	});
}
