/**
 * A pack opened from a share link: decoded from the address (nothing was uploaded), shown
 * read-only with "Save a copy", and the worksheet a participant fills in and turns into a
 * starter self-assessment. A damaged, truncated or forged link gets a clear message instead.
 */
import { useId, useMemo, useState } from 'react';
import { workshopsPath } from '../../domain/paths.ts';
import { decodeShare } from '../../domain/workshop/share.ts';
import type { Workshop } from '../../domain/workshop/model.ts';
import { createWorkshopList } from '../../state/workshops/list.ts';
import { ProblemList } from '../assess/common.tsx';
import type { ScreenProps } from './common.ts';
import { PackView } from './PackView.tsx';
import { Worksheet } from './Worksheet.tsx';

export function Shared(props: ScreenProps & { code: string }) {
	const { text, base, code } = props;
	const result = useMemo(() => decodeShare(code), [code]);
	const back = (
		<p>
			<a href={`${base}${workshopsPath(text.locale)}`}>{text.t('workshop.shared.error.back')}</a>
		</p>
	);
	if (!result.ok)
		return (
			<div className="shared-error">
				<div className="notice error" role="alert">
					<h2>{text.t('workshop.shared.error.heading')}</h2>
					<p>{text.t(`workshop.shared.error.${result.reason}`)}</p>
				</div>
				{result.problems.length > 0 && (
					<ProblemList
						problems={result.problems}
						text={text}
						title={text.t('workshop.shared.error.invalid')}
					/>
				)}
				{back}
			</div>
		);
	return <SharedPack {...props} pack={result.workshop} />;
}

function SharedPack({ text, data, storage, base, pack }: ScreenProps & { pack: Workshop }) {
	const uid = useId();
	const [saved, setSaved] = useState<Workshop | null>(null);
	const save = async () => {
		const list = createWorkshopList({
			repo: storage.repo,
			channel: storage.channel,
			tab: storage.tab,
			onWrite: storage.report,
		});
		setSaved(await list.saveCopy(pack, pack.title));
		list.dispose();
	};
	return (
		<div className="shared-pack">
			<p className="notice">{text.t('workshop.shared.intro')}</p>
			<h2 className="pack-title">{pack.title}</h2>
			<p className="button-row">
				<button type="button" onClick={() => void save()} disabled={saved !== null}>
					{text.t('workshop.shared.save')}
				</button>
			</p>
			<div role="status" id={`${uid}-status`}>
				{saved && (
					<p className="notice">
						{text.t('workshop.shared.saved')}{' '}
						<a href={`${base}${workshopsPath(text.locale, saved.id)}`}>
							{text.t('workshop.shared.open')}
						</a>
					</p>
				)}
			</div>
			<PackView pack={pack} text={text} data={data} />
			<Worksheet pack={pack} text={text} data={data} base={base} />
		</div>
	);
}
