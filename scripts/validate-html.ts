/**
 * Validates every built HTML page with html-validate (`.htmlvalidate.json`):
 * `npm run validate:html`. Exits 1 and lists file, line and rule for each error.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dist = path.resolve(process.argv[2] ?? 'dist');
const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
	.filter((e) => e.isFile() && e.name.endsWith('.html'))
	.map((e) => path.join(e.parentPath, e.name))
	.sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());
let errors = 0;
for (const file of files) {
	const report = await validator.validateFile(file);
	for (const result of report.results) {
		for (const m of result.messages) {
			errors++;
			console.error(`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
}
console.log(`html-validate: ${files.length} pages, ${errors} error(s)`);
if (files.length === 0 || errors > 0) process.exit(1);
