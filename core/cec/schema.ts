/** The profile's JSON Schema (draft-07), for editors; the file itself is core/cec/profile.schema.json. */
import schema from './profile.schema.json';

export const profileSchema: Readonly<Record<string, unknown>> = schema;
