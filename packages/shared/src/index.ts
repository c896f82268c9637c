export * from './permissions.ts';
export * from './errors.ts';
export * from './id-number.ts';
export * from './common.schema.ts';
export * from './validation-messages.ts';
export * from './auth.schema.ts';
export * from './territory.schema.ts';
export * from './party-org.schema.ts';
export * from './people.schema.ts';
export * from './admin.schema.ts';
export * from './decisions.schema.ts';
export * from './integrity.schema.ts';
// grid governance (issue 3)
export * from './grid.schema.ts';
// party life and volunteers (issue 6)
export * from './volunteers.schema.ts';
// services (issue 5)
export * from './premises.schema.ts';
export * from './funds.schema.ts';
export * from './bookings.schema.ts';
export * from './service-requests.schema.ts';
// indicators and portal (issue 8)
export * from './indicators.schema.ts';
export * from './portal.schema.ts';
