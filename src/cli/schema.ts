/** `hmip schema`: the JSON Schema of the output, generated from the zod schema. */
import type { CommandModule } from 'yargs';

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of the document JSON (generated from the zod schema)',
  handler: async () => {
    // zod loads when this command runs, so that the other commands start without it.
    const { jsonSchema } = await import('../schema.js');
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  },
};
