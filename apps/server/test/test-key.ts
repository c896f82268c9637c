/** The master key of every test database (the template is migrated under it: the audit chain is keyed with it). */
export const TEST_KEY = Buffer.alloc(32, 7);
