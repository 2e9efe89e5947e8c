/**
 * The SDK's server validates JSON Schemas only for elicitation (asking the user a question through the client), which a
 * read-only server never does. This validator stands in for the SDK's default (Ajv, ~210 KB in a bundle), and the CLI
 * build points the SDK's Ajv provider at this file, so the `ee` bundle stays small.
 */
import type { JsonSchemaType, JsonSchemaValidator, jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';

export class AjvJsonSchemaValidator implements jsonSchemaValidator {
  getValidator<T>(_schema: JsonSchemaType): JsonSchemaValidator<T> {
    return () => ({ valid: false, data: undefined, errorMessage: 'This server does not ask the client for input (no elicitation).' });
  }
}
