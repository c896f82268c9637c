export * from './permissions.ts';
export * from './modules/manifest.ts';
export * from './modules/index.ts';
export * from './role-administration.ts';
export * from './errors.ts';
export * from './id-number.ts';
export * from './public-text.ts';
export * from './common.schema.ts';
export * from './validation-messages.ts';
export * from './auth.schema.ts';
export * from './territory.schema.ts';
export * from './party-org.schema.ts';
export * from './people.schema.ts';
export * from './admin.schema.ts';
export * from './jobs.schema.ts';
export * from './decisions.schema.ts';
export * from './integrity.schema.ts';
// grid governance
export * from './grid.schema.ts';
// party life and volunteers
export * from './volunteers.schema.ts';
// services
export * from './premises.schema.ts';
export * from './funds.schema.ts';
export * from './bookings.schema.ts';
export * from './service-requests.schema.ts';
// indicators and portal
export * from './indicators.schema.ts';
export * from './portal.schema.ts';
