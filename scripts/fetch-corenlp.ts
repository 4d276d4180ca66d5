/** Fetches Stanford CoreNLP and its models from Maven Central (once; ~/.m2 keeps them for other checkouts). */
import { loadConfig } from '../src/config.js';
import { ensureCoreNlpJars } from '../src/nlp/localCoreNlp.js';

const lib = await ensureCoreNlpJars(loadConfig().nlp.homeDir, console.log);
console.log(`CoreNLP jars in ${lib}`);
