/**
 * The rating panel's way onto a guideline page. A reader who never assessed loads nothing but
 * this: the panel's code loads at once when an assessment exists in this browser, otherwise
 * only when the reader presses "Assess this guideline".
 */
import type { PanelConfig } from '../components/assess/Panel.tsx';
import { hasActiveAssessment } from '../state/assessments/presence.ts';

export function wireAssessPanel(doc: Document = document): void {
	const host = doc.querySelector<HTMLElement>('[data-assess-panel]');
	if (!host) return;
	const config = JSON.parse(host.dataset['config'] ?? '{}') as PanelConfig;
	const load = async (focus: boolean) => {
		const { mountPanel } = await import('../components/assess/Panel.tsx');
		mountPanel(host, config, focus);
	};
	if (hasActiveAssessment()) {
		void load(false);
		return;
	}
	host.hidden = false;
	host.querySelector('button')?.addEventListener('click', () => void load(true), { once: true });
}
