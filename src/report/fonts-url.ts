/**
 * Fonts in the browser: each TTF is a hashed asset of the site (never another host), fetched
 * only when a report's text needs that face.
 */
import sansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import sansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import georgianRegular from '@expo-google-fonts/noto-sans-georgian/400Regular/NotoSansGeorgian_400Regular.ttf?url';
import georgianBold from '@expo-google-fonts/noto-sans-georgian/700Bold/NotoSansGeorgian_700Bold.ttf?url';
import armenian from '@expo-google-fonts/noto-sans-armenian/400Regular/NotoSansArmenian_400Regular.ttf?url';
import arabicRegular from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicBold from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import hebrew from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import korean from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import cjk from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import symbols from '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf?url';
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { FontLoader } from './fonts.ts';

const URLS: Record<string, string> = {
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf': sansRegular,
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf': sansBold,
	'@expo-google-fonts/noto-sans-georgian/400Regular/NotoSansGeorgian_400Regular.ttf':
		georgianRegular,
	'@expo-google-fonts/noto-sans-georgian/700Bold/NotoSansGeorgian_700Bold.ttf': georgianBold,
	'@expo-google-fonts/noto-sans-armenian/400Regular/NotoSansArmenian_400Regular.ttf': armenian,
	'@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf': arabicRegular,
	'@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf': arabicBold,
	'@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf': hebrew,
	'@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf': korean,
	'@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf': cjk,
	'@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf': symbols,
	'@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf': emoji,
};

export const loadFontFromUrl: FontLoader = async (file) => {
	const url = URLS[file];
	if (!url) throw new Error(`no font file ${file}`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
};
