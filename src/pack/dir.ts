/** The folder the site is built from: `GW_CONTENT_DIR` when set, else the shipped `content/`. */
export function packDir(env: Record<string, string | undefined> = process.env): string {
	const dir = env['GW_CONTENT_DIR']?.trim();
	return dir ? dir : './content';
}
