/**
 * Adds a guideline to the workshop pack "Add to workshop" adds to (the one chosen in the
 * builder, else a new pack in the page's language), then says so in the page's status region
 * with a link to the pack. Loaded on the first press of an "Add to workshop" button.
 */
import { isLocale } from '../domain/locales.ts';
import { workshopsPath } from '../domain/paths.ts';
import { createWorkshop } from '../domain/workshop/model.ts';
import { activeWorkshopId, chooseWorkshop } from '../state/workshops/active.ts';
import { openWorkshopStorage } from '../state/workshops/open.ts';
import { format } from '../i18n/format.ts';

/** The status region's strings (`data-strings`), in the page's language. */
export interface AddStrings {
	added: string;
	already: string;
	open: string;
	failed: string;
	defaultTitle: string;
}

function say(status: HTMLElement, message: string, link?: { href: string; label: string }) {
	const p = document.createElement('p');
	p.textContent = message;
	if (link) {
		const a = document.createElement('a');
		a.href = link.href;
		a.textContent = link.label;
		p.append(' ', a);
	}
	status.replaceChildren(p);
	status.hidden = false;
}

export async function addToWorkshop(
	guideline: string,
	questionCount: number,
	status: HTMLElement
): Promise<void> {
	const strings = JSON.parse(status.dataset['strings'] ?? '{}') as AddStrings;
	const base = status.dataset['base'] ?? '';
	const lang = document.documentElement.lang;
	const locale = isLocale(lang) ? lang : 'en';
	try {
		const { repo, channel, tab } = await openWorkshopStorage();
		if (!repo.durable) throw new Error('storage refused');
		const at = new Date().toISOString();
		const chosen = activeWorkshopId();
		let current = chosen ? await repo.load(chosen) : null;
		if (!current) {
			current = await repo.put(
				createWorkshop({ title: strings.defaultTitle, language: locale }, crypto.randomUUID(), at)
			);
			chooseWorkshop(current.pack.id);
			channel.post({ kind: 'added', id: current.pack.id, revision: current.revision, tab });
		}
		const already = current.pack.items.some((i) => i.guideline === guideline);
		if (!already) {
			current = await repo.change(current.pack.id, [{ op: 'add', guideline, questionCount }], at);
			channel.post({ kind: 'changed', id: current.pack.id, revision: current.revision, tab });
		}
		say(status, format(already ? strings.already : strings.added, { title: current.pack.title }), {
			href: `${base}${workshopsPath(locale, current.pack.id)}`,
			label: strings.open,
		});
	} catch {
		say(status, strings.failed);
	}
}
