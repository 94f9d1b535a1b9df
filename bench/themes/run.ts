// How long the themes of 5,000 texts (the cap of one analysis) take to read, in four languages: npm run bench:themes
import { addToTally, emptyTally, topThemes } from '@/server/review/themes';
const base = ['Plant more street trees on Fleet Street, the pavement is wide enough for wheelchairs and prams.', 'Il faut planter des arbres dans la rue, l’ombre manque en été et la piste cyclable est trop étroite.', 'De fietspaden zijn te smal voor de bakfietsen en er is geen schaduw in de zomer.', 'Der Radweg an der Themse ist gefährlich und im Sommer gibt es keinen Schatten.'];
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const tally = emptyTally();
  for (let i = 0; i < 5000; i++) addToTally(tally, { text: `${base[i % 4]} ${i}` });
  topThemes(tally);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log('5000 texts: median ms', runs[2].toFixed(0), 'all', runs.map((x) => x.toFixed(0)).join(','));
