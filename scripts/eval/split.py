#!/usr/bin/env python3
"""split.py SRC TUNED HOLDBACK [N]: a stratified random quarter (by expect/kind/group) to HOLDBACK, the rest to TUNED, file order kept.
N defaults to 64 for eval sets (expect has answered/declined/urgent/any) and 72 for triage sets."""
import json,sys,random,collections
src,tuned,hold=sys.argv[1:4]
lines=[l for l in open(src) if l.strip()]
recs=[json.loads(l) for l in lines]
tri=all(r['expect'] in('urgent','not_urgent') for r in recs)
n=int(sys.argv[4]) if len(sys.argv)>4 else (72 if tri else 64)
rng=random.Random(src.split('/')[-1])
groups=collections.defaultdict(list)
for i,r in enumerate(recs):
    if r['expect']=='any': continue
    groups[(r['expect'],r.get('kind',''),r.get('group',''))].append(i)
elig=sum(len(v) for v in groups.values())
frac=n/elig
pick=set()
# largest remainder
alloc={k:len(v)*frac for k,v in groups.items()}
base={k:int(a) for k,a in alloc.items()}
rest=n-sum(base.values())
for k in sorted(alloc,key=lambda k:(-(alloc[k]-base[k]),rng.random()))[:rest]: base[k]+=1
for k,v in groups.items(): pick.update(rng.sample(v,base[k]))
with open(tuned,'w') as t, open(hold,'w') as h:
    for i,l in enumerate(lines): (h if i in pick else t).write(l if l.endswith('\n') else l+'\n')
print(len(lines)-len(pick),len(pick))
