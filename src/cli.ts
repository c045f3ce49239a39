/**
 * `mlgate <action> [--option value …]`: the same flows as the actions, no GitHub needed.
 * Every option is the action input of the same kebab-case name. Exit codes as DESIGN.md:
 * 0 pass, 1 a gate failed, 2 wrong input, 3 our bug.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RawValues } from './config/input-reader.js';
import type { InputSpec } from './config/input-spec.js';
import { ConfigurationError, describeError, exitCodeOf } from './errors.js';
import { streamLogger } from './logger.js';
import { ACTIONS } from './actions/registry.js';
import { describeGateNames } from './gates/catalogue.js';
import { exitCodeOfVerdict, failingGates } from './gates/verdict.js';
import type { AnyActionDeclaration } from './pipeline/declaration.js';
import { inputsFor } from './pipeline/inputs-for.js';
import { runPipeline } from './pipeline/run-pipeline.js';
import { ACTION_NAMES, type ActionName, type ResultBase } from './result.js';
import { closestName } from './util/closest-name.js';
import { reportPage, verdictLine, type ActionReport } from './report/action-report.js';
import { code, document, list, status, text } from './report/document/build.js';
import { toTerminal, useColour } from './report/document/to-terminal.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
}

/** Runs the CLI and returns its exit code (the caller sets process.exitCode). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const logger = streamLogger(io.stderr);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(usage());
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const definition = findAction(command);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(actionUsage(definition));
      return 0;
    }
    const values = parseFlags(rest, inputsFor(definition, 'cli'));
    const { result, markdown, common, report, reader } = await runPipeline(definition, values, 'cli', { logger, workingDirectory: io.cwd });
    const written: string[] = [];
    if (common.jsonPath) {
      writeText(common.jsonPath, `${JSON.stringify(result, null, 2)}\n`);
      written.push(`result: ${common.jsonPath}`);
    }
    const htmlPath = reader.optional('html');
    if (htmlPath) {
      writeText(htmlPath, reportPage(report));
      written.push(`HTML report: ${htmlPath}`);
    }
    const terminal = isTerminal(io.stdout);
    const colour = useColour(io.stdout as { isTTY?: boolean });
    if (common.markdownPath) {
      writeText(common.markdownPath, `${markdown}\n`);
      written.push(`markdown report: ${common.markdownPath}`);
      io.stdout.write(verdictSummary(report, result, written, colour));
    } else {
      // On a terminal, the report as text (no markdown escapes or HTML); piped, the markdown the action posts.
      io.stdout.write(terminal ? toTerminal(report.comment, { colour }) : `${markdown}\n`);
      if (written.length > 0) (terminal ? io.stdout : io.stderr).write(`${written.join('\n')}\n`);
    }
    return exitCodeOfVerdict(result.verdict);
  } catch (error) {
    io.stderr.write(`mlgate: ${describeError(error)}\n`);
    return exitCodeOf(error);
  }
}

const VERSION = '0.1.0';

/** Whether a stream is a terminal (a TTY); a test passes a stream with `isTTY = true`. */
function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/**
 * The verdict line, the gates that fail the run, and the files written — what the terminal shows
 * when the report went to a file. Plain text (colour only on a TTY without NO_COLOR).
 */
function verdictSummary(report: ActionReport, result: ResultBase, written: readonly string[], colour: boolean): string {
  const failing = failingGates(result.gates);
  return toTerminal(
    document(
      verdictLine(report.title, result),
      failing.length > 0 && list(failing.map((g) => [status(g.status), ' ', code(g.id), text(` — ${g.message}`)])),
      written.length > 0 && list(written),
    ),
    { colour },
  );
}

function findAction(command: string): AnyActionDeclaration {
  const definition = ACTIONS[command as ActionName];
  if (definition) return definition;
  const closest = closestName(command, ACTION_NAMES);
  const hint = closest ? ` (did you mean "${closest}"?)` : '';
  throw new ConfigurationError(`unknown command "${command}"${hint}; commands: ${Object.keys(ACTIONS).join(', ')}`);
}

/**
 * `--name value` and `--name=value`; a boolean input may stand alone (`--flag` means true).
 * A repeated list option accumulates (`--gates "a" --gates "b"`).
 */
export function parseFlags(args: readonly string[], specs: readonly InputSpec[]): RawValues {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new ConfigurationError(`unexpected argument "${arg}" (options are written --name value)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = byName.get(name);
    if (!spec) {
      const closest = closestName(name, [...byName.keys()]);
      const hint = closest ? ` (did you mean "--${closest}"?)` : '';
      throw new ConfigurationError(`unknown option "--${name}"${hint}; run with --help for the options`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (spec.kind === 'boolean' && (i + 1 >= args.length || args[i + 1].startsWith('--'))) value = 'true';
    else if (i + 1 < args.length) value = args[++i];
    else throw new ConfigurationError(`option "--${name}" needs a value`);
    const repeatable = spec.kind === 'list' || spec.kind === 'gates' || spec.multiple === true;
    values[name] = repeatable && values[name] !== undefined ? `${values[name]}\n${value}` : value;
  }
  return values;
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function usage(): string {
  const lines = Object.values(ACTIONS).map((d) => `  ${d.name.padEnd(18)} ${d.description}`);
  return [
    'usage: mlgate <command> [--option value …]',
    '',
    'commands:',
    ...lines,
    '',
    'Every option is the action input of the same name; `mlgate <command> --help` lists them.',
    'Exit codes: 0 pass, 1 a gate failed, 2 wrong input or data, 3 internal error.',
    '',
  ].join('\n');
}

function actionUsage(definition: AnyActionDeclaration): string {
  const lines = inputsFor(definition, 'cli').map((s) => {
    const def = s.default !== undefined ? ` (default: ${s.default})` : '';
    const allowed = s.allowed ? ` [${s.allowed.join('|')}]` : '';
    return `  --${s.name}${allowed}\n      ${s.description}${def}${s.required ? ' (required)' : ''}`;
  });
  const gates = [
    'gates (--gates, one a line or comma-separated: <metric>[.<field>] <op> <number>[%] [warn]):',
    `  e.g. --gates "${definition.gates.example}"`,
    `  ${describeGateNames(definition.gates)}`,
  ];
  return [`usage: mlgate ${definition.name} [--option value …]`, '', definition.description, '', 'options:', ...lines, '', ...gates, ''].join('\n');
}
