// Finds Firefox (ESR or release) for the browser tests. Order: $FIREFOX_PATH, then the usual install
// paths. Fails with a message that says how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`; ' +
      'macOS: install Firefox) or set FIREFOX_PATH to its executable.',
  );
}
