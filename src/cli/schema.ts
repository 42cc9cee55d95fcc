/** `hmip schema`: the JSON Schema of the output, generated from the zod schema. */
import type { CommandModule } from 'yargs';
import { HELP_FOOTER, USAGE } from './usage.js';

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of the document JSON (generated from the zod schema)',
  builder: (y) =>
    y
      .usage(`${USAGE.schema}\n\nPrints the JSON Schema of the document JSON that extract and batch write, generated from the zod schema every document is validated against.`)
      .epilogue(HELP_FOOTER)
      .example([['hmip schema > hmip.schema.json', 'the schema, for a validator or an editor']]),
  handler: async () => {
    // zod loads when this command runs, so that the other commands start without it.
    const { jsonSchema } = await import('../schema.js');
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  },
};
