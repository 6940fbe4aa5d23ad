/**
 * The role every tenant request runs as (SET LOCAL ROLE inside withTenant). It is NOLOGIN: only the
 * owner's connections reach it, and only for the length of one transaction.
 */
export const APP_ROLE = "leanvibe_app";
