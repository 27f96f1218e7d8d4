/**
 * "Download PDF report" of an assessment: a `PdfButton` (made in a Web Worker, with progress,
 * Cancel and announcements) that asks for the assessment report. `PdfButton` is exported from
 * here too, for the other PDFs (the workshop handout and guide).
 */
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import type { Text } from '../../i18n/text.ts';
import type { WorkerRequest } from '../../report/worker.ts';
import { PdfButton } from './PdfButton.tsx';

export { PdfButton, type PdfButtonProps } from './PdfButton.tsx';

export function ReportButton({
	text,
	assessment,
	catalogue,
	sets,
	label,
}: {
	text: Text;
	/** The assessment, or a function that reads it when the report is asked for. */
	assessment: Assessment | (() => Promise<Assessment | null>);
	catalogue: Catalogue;
	sets?: string[];
	label: string;
}) {
	const request = async (): Promise<WorkerRequest | null> => {
		const a = typeof assessment === 'function' ? await assessment() : assessment;
		if (!a) return null;
		return {
			kind: 'assessment',
			input: {
				assessment: a,
				catalogue,
				strings: text.strings,
				locale: text.locale,
				date: new Date().toISOString().slice(0, 10),
				...(sets ? { sets } : {}),
			},
		};
	};
	// A one-set report says which set in its name.
	const fileTitle = (r: WorkerRequest) => {
		const title = r.kind === 'assessment' ? r.input.assessment.title : r.input.workshop.title;
		return sets?.length === 1 ? `${title} ${sets[0]}` : title;
	};
	return <PdfButton text={text} label={label} fileTitle={fileTitle} request={request} />;
}
