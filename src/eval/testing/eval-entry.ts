/**
 * Test entry: `dissect eval` with the stand-in grader, run as a subprocess by the kill -9 resume test
 * (argv[2] is the options object as JSON).
 */
import { evalCommand } from '../cli.js';
import { fakeGrader } from './fake-grader.js';

const opts = JSON.parse(process.argv[2]) as Parameters<typeof evalCommand>[0];
evalCommand(opts, { grader: fakeGrader() }).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(e.name === 'InputError' ? 2 : 1);
  },
);
