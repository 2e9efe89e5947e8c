/**
 * Answers for AI assistants: one table of tools (name, description, JSON Schema of the arguments, answer function)
 * shared by the MCP server (`ee mcp`) and the VS Code language-model tools, so both give the same figures and
 * sentences. Answer functions are pure: data in, text and structured data out; bad arguments throw InputError.
 */
import type { Draws } from '../draws/draws';
import type { Provenance } from '../types';

/** A JSON Schema (the subset the tools use), written as data so it can go into package.json and MCP's tools/list. */
export interface JsonSchema {
  readonly type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: JsonSchema;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  /** One of these schemas (e.g. a string or a list of strings). */
  readonly anyOf?: readonly JsonSchema[];
}

/** What every answer reads: the rounds and where they come from. */
export interface AnswerContext {
  readonly draws: Draws;
  readonly provenance: Provenance;
  /** "cache" when a refreshed cache answered, else "bundled". */
  readonly origin: 'cache' | 'bundled';
}

/** An answer: a few sentences for people and the same facts as data for programs. */
export interface ToolAnswer {
  readonly text: string;
  /** Always states the data's newest round (newestRound, newestRoundDate) and, where one round is meant, officialPage. */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AnswerTool {
  /** snake_case, as MCP clients and VS Code show it. */
  readonly name: string;
  readonly title: string;
  /** For the model: what it answers, when to call it, what the arguments mean. */
  readonly description: string;
  readonly inputSchema: JsonSchema;
  /** Throws InputError for bad arguments (the message names the argument). */
  answer(args: unknown, context: AnswerContext): ToolAnswer;
  /**
   * Tools whose input has a "profile": the answer for a profile the caller already holds (VS Code's open profile),
   * `args` being the other arguments (no "profile"); `source` names the profile in messages ("The profile me.ee-profile.json").
   */
  answerFor?(profile: unknown, args: unknown, context: AnswerContext, source: string): ToolAnswer;
}
