import * as chrono from 'chrono-node';
import fs from 'fs';
const lines = fs.readFileSync('/work/shared/corpus/de-news.jsonl','utf8').split('\n').filter(Boolean).slice(0,300).map(l=>JSON.parse(l).text);
const sents = lines.flatMap(t=>t.split(/(?<=[.!?])\s+/));
const ref = new Date(2016,5,1);
const c = new Map();
for (const s of sents) for (const r of chrono.de.parse(s, ref)) { const k = r.text + ' => ' + Object.keys(r.start.knownValues).join(','); c.set(k,(c.get(k)||0)+1); }
console.log([...c.entries()].sort((a,b)=>b[1]-a[1]).slice(0,150).map(x=>x[1]+' '+x[0]).join('\n'));
