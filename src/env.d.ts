/// <reference types="astro/client" />

/** lunr's query-time classes only (src/integrations/lunr-core.ts builds it from lunr's sources). */
declare module 'virtual:lunr-core' {
	import type lunr from 'lunr';
	const core: Pick<typeof lunr, 'Index' | 'Query' | 'TokenSet' | 'Vector'>;
	export default core;
}
