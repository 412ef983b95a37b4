/**
 * The font-size setting (适老化) on the page: three steps, applied as `data-font-size` on <html>
 * (site.css scales the root font size). `FONT_SIZE_BOOT_SCRIPT` runs inline in <head> before first
 * paint (the build hashes it into the CSP); it only reads STORAGE_KEY, guarded, and accepts only the
 * known values. Owns: the attribute and the boot script. Must not: write storage (the store does).
 */
import type { FontSize } from './schema';

export const FONT_SIZE_ATTRIBUTE = 'fontSize';

/** Set the page's font size (standard removes the attribute). */
export function applyFontSize(size: FontSize): void {
	const root = document.documentElement;
	if (size === 'standard') delete root.dataset[FONT_SIZE_ATTRIBUTE];
	else root.dataset[FONT_SIZE_ATTRIBUTE] = size;
}

/** Inline <head> script: apply the saved font size before the first paint. Keep in sync with store.ts. */
export const FONT_SIZE_BOOT_SCRIPT = `(function(){try{var d=JSON.parse(localStorage.getItem('zuzhili-yanxue:progress')||'null');var f=d&&d.app==='zuzhili-yanxue'&&d.settings&&d.settings.fontSize;if(f==='large'||f==='xlarge')document.documentElement.dataset.fontSize=f}catch(e){}})();`;
