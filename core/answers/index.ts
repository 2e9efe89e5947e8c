/**
 * The tools every assistant face offers (MCP server, VS Code language-model tools), in one table: adding a tool is
 * one entry here. Answers come from the core's own functions; see ./types for the contract.
 */
import { InputError } from '../types';
import { cutoffTool, drawsTool, countsTool, statsTool, poolTool } from './rounds';
import { clbTool, cecCheckTool } from './candidate';
import { crsTool } from './crs';
import { categoriesTool } from './categories';
import { outlookTool } from './outlook';
import type { AnswerContext, AnswerTool, ToolAnswer } from './types';

export * from './types';
export { cecAnswer } from './candidate';
export { crsAnswer } from './crs';

export const ANSWER_TOOLS: readonly AnswerTool[] = [cutoffTool, drawsTool, countsTool, statsTool, poolTool, clbTool, cecCheckTool, crsTool, categoriesTool, outlookTool];

export function answerTool(name: string): AnswerTool | undefined {
  return ANSWER_TOOLS.find((t) => t.name === name);
}

/** Runs a tool by name. Throws InputError for an unknown tool or bad arguments (the caller turns it into a tool error). */
export function answer(name: string, args: unknown, context: AnswerContext): ToolAnswer {
  const tool = answerTool(name);
  if (!tool) throw new InputError(`Unknown tool "${name}". Tools: ${ANSWER_TOOLS.map((t) => t.name).join(', ')}.`);
  return tool.answer(args, context);
}
