// Summarises a CPU profile written by `npm run bench -- <name> --profile` (or any node --cpu-prof).
// Usage: npx tsx bench/profile-summary.ts bench/tmp/profiles/<file>.cpuprofile [rows]
import { formatSummary, summariseProfile } from './lib/profile.js';

const [file, limit] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [rows]');
  process.exit(2);
}
console.log(formatSummary(summariseProfile(file, limit ? Number(limit) : 25)));
