/** `hmip schema`: the JSON Schema of the output, generated from the zod schema. */
import type { CommandModule } from 'yargs';
import { jsonSchema } from '../schema.js';

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of the document JSON (generated from the zod schema)',
  handler: () => {
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  },
};
