/**
 * Jars from Maven Central for the local servers (Neo4j, Stanford CoreNLP): fetched once into a cache folder
 * through Maven, whose ~/.m2 keeps them for every other checkout.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors.js';

export interface MavenJars {
  /** The cache folder: pom.xml, lib/ and the marker of a finished copy. */
  cacheDir: string;
  /** What the jars are, for messages: "Neo4j 5.26.31". */
  what: string;
  /** The download's size, for the message before it: "about 120 MB". */
  size: string;
  dependencies: Array<{ groupId: string; artifactId: string; version: string; classifier?: string }>;
  /** Said after each failure: what else the user can do ("or set NEO4J_URI"). */
  otherwise?: string;
  log?: (line: string) => void;
}

function pomXml(jars: MavenJars): string {
  const deps = jars.dependencies.map(
    (d) =>
      `    <dependency><groupId>${d.groupId}</groupId><artifactId>${d.artifactId}</artifactId><version>${d.version}</version>` +
      `${d.classifier ? `<classifier>${d.classifier}</classifier>` : ''}</dependency>`,
  );
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>actorgraph</groupId>
  <artifactId>local-${path.basename(jars.cacheDir)}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${deps.join('\n')}
  </dependencies>
</project>
`;
}

function runMaven(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (c) => resolve({ code: c ?? 1, output }));
  });
}

/** The jars' folder, fetched first if needed; a marker file says the copy finished, so a broken fetch is retried. */
export async function fetchMavenJars(jars: MavenJars): Promise<string> {
  const log = jars.log ?? (() => {});
  const libDir = path.join(jars.cacheDir, 'lib');
  const marker = path.join(jars.cacheDir, 'complete');
  if (fs.existsSync(marker)) return libDir;
  const otherwise = jars.otherwise ? `, ${jars.otherwise}` : '';
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error)
    throw new StartupError(
      `Maven was not found (mvn: ${(mvn.error as NodeJS.ErrnoException).code}); it fetches ${jars.what} from Maven Central the first time. ` +
        `Install Maven 3.8+ (Debian: apt-get install maven)${otherwise}.`,
    );
  fs.rmSync(jars.cacheDir, { recursive: true, force: true });
  fs.mkdirSync(jars.cacheDir, { recursive: true });
  const pom = path.join(jars.cacheDir, 'pom.xml');
  fs.writeFileSync(pom, pomXml(jars));
  log(`Fetching ${jars.what} from Maven Central into ${jars.cacheDir} (once, ${jars.size})…`);
  const { code, output } = await runMaven([
    '-B',
    '-q',
    '-f',
    pom,
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ]);
  if (code !== 0) {
    log(output.split('\n').slice(-30).join('\n'));
    throw new StartupError(
      `Fetching ${jars.what} with Maven failed (exit ${code}); see the Maven output above. Check that Maven Central is reachable${otherwise}.`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return libDir;
}
