/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`): previous/next links stay inside
 * their sidebar group (./pagination.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withinGroup } from './pagination';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.pagination = withinGroup(route.sidebar, route.pagination);
});
