/**
 * Language-model tools (https://code.visualstudio.com/api/extension-guides/tools): Copilot's agent mode and other chat
 * participants can call these instead of guessing. Each answers from the core's answer table (core/answers), the same
 * functions as the MCP server (`ee mcp`), so the two cannot disagree. Names, model descriptions and input schemas are
 * contributed in package.json (`contributes.languageModelTools`); a unit test checks they match the core's table.
 */
import * as vscode from 'vscode';
import { InputError, clipInput, answer, optionalString, readArgs, type AnswerContext, type ToolAnswer } from '../core/index';
import type { DataStore } from './store';
import { isProfile, type ProfileEntry, type ProfileTracker } from './profile/profiles';
import { LM_TOOLS, PROFILE_LM_TOOLS, openProfileSchema, profileCoreTool } from './lmToolTable';


function contextOf(store: DataStore): AnswerContext {
  return { draws: store.draws, provenance: store.data.provenance, origin: store.origin };
}

/** A core answer as a tool result; bad arguments become an Error with our message (what the model reads). */
function result(run: () => ToolAnswer): vscode.LanguageModelToolResult {
  try {
    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(run().text)]);
  } catch (e) {
    if (e instanceof InputError) throw new Error(e.message);
    throw e;
  }
}

/** The profile a profile tool reads: the named one, else the active editor's, else the only one in the workspace. */
export function chooseProfile(tracker: ProfileTracker, file: string | undefined): ProfileEntry {
  const all = tracker.all();
  const names = all.map((p) => vscode.workspace.asRelativePath(p.uri));
  if (file !== undefined) {
    const want = file.replace(/\\/g, '/').toLowerCase();
    const found = all.find((p, i) => names[i]!.toLowerCase() === want || p.uri.path.toLowerCase().endsWith(`/${want}`));
    if (!found) throw new InputError(`No profile "${clipInput(file)}" in the workspace${names.length ? `; profiles: ${names.join(', ')}` : ''}.`);
    return found;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isProfile(active)) {
    const entry = tracker.get(active);
    if (entry) return entry;
  }
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new InputError('No candidate profile (*.ee-profile.json) in the workspace: create one with "Express Entry: Create Candidate Profile".');
  throw new InputError(`${all.length} profiles in the workspace (${names.join(', ')}): open one, or name it in "file".`);
}

/**
 * A profile tool's answer: the core tool's answerFor on the chosen profile, as the extension tracks it (the same
 * parsed value the sidebar and the diagnostics use); the other arguments go to the core as given.
 */
export function profileToolAnswer(toolName: string, store: DataStore, tracker: ProfileTracker, input: unknown): ToolAnswer {
  const core = profileCoreTool(toolName);
  const args = readArgs(input, Object.keys(openProfileSchema(core.inputSchema).properties ?? {}));
  const entry = chooseProfile(tracker, optionalString(args, 'file'));
  const name = vscode.workspace.asRelativePath(entry.uri);
  const syntax = entry.check.parsed.syntax;
  if (syntax.length) throw new InputError(`The profile ${name} is not valid JSON: ${syntax.slice(0, 5).map((s) => s.message).join('; ')}.`);
  const rest = Object.fromEntries(Object.entries(args).filter(([k]) => k !== 'file'));
  const a = core.answerFor(entry.check.parsed.value, rest, contextOf(store), `The profile ${name}`);
  return { text: `Profile ${name}:\n${a.text}`, data: { ...a.data, profile: name } };
}

export function registerLmTools(store: DataStore, tracker: ProfileTracker): vscode.Disposable[] {
  // vscode.lm is missing in hosts without chat support: then there is nothing to register.
  if (typeof vscode.lm?.registerTool !== 'function') return [];
  const tools = Object.entries(LM_TOOLS).map(([name, core]) =>
    vscode.lm.registerTool<object>(name, {
      invoke: async (options) => {
        await store.ready;
        return result(() => answer(core, options.input, contextOf(store)));
      },
    }),
  );
  for (const [name, { message }] of Object.entries(PROFILE_LM_TOOLS)) {
    tools.push(
      vscode.lm.registerTool<object>(name, {
        prepareInvocation: () => ({ invocationMessage: message }),
        invoke: async (options) => {
          await Promise.all([store.ready, tracker.ready]);
          return result(() => profileToolAnswer(name, store, tracker, options.input));
        },
      }),
    );
  }
  return tools;
}
