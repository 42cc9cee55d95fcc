/** `hmip schema [--verify]`: the JSON Schema of the output, generated from the zod schema. */
import type { CommandModule } from 'yargs';
import { HELP_FOOTER, USAGE } from './usage.js';

interface Args {
  verify: boolean;
}

export const schemaCommand: CommandModule<object, Args> = {
  command: 'schema',
  describe: 'Print the JSON Schema of the document JSON, or with --verify of verify\'s JSON (generated from the zod schema)',
  builder: (y) =>
    y
      .usage(`${USAGE.schema}\n\nPrints the JSON Schema of the document JSON that extract and batch write, generated from the zod schema every document is validated against; with --verify, that of the check hmip verify --format json prints (and its table and page render).`)
      .option('verify', { type: 'boolean', default: false, describe: 'the schema of hmip verify --format json instead' })
      .epilogue(HELP_FOOTER)
      .example([
        ['hmip schema > hmip.schema.json', 'the schema, for a validator or an editor'],
        ['hmip schema --verify > verify.schema.json', 'the schema of a verification'],
      ]) as never,
  handler: async (args) => {
    // zod loads when this command runs, so that the other commands start without it.
    const schema = args.verify ? (await import('../verify/schema.js')).verificationJsonSchema() : (await import('../schema.js')).jsonSchema();
    process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  },
};
