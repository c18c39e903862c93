#!/usr/bin/env python3
"""diffrun.py OLDBIN NEWBIN [ROOT]: run both binaries over every tuned, held-back, fresh, triage and training question;
print the changed replies (better/worse/neutral); held-back and fresh ones as counts only, never their questions."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json,sys,os,subprocess,glob,collections
old,new=sys.argv[1:3]; root=sys.argv[3] if len(sys.argv)>3 else ROOT
files=sorted(glob.glob(root+'/cmd/exobot/testdata/eval*.jsonl')+glob.glob(root+'/cmd/exobot/testdata/holdback/*.jsonl')+glob.glob(root+'/cmd/exobot/testdata/fresh/*.jsonl')+glob.glob(root+'/bot/testdata/triage*.jsonl')+glob.glob(root+'/bot/testdata/train/*.jsonl'))
cases=[]
for f in files:
    for l in open(f):
        if l.strip():
            c=json.loads(l); c['file']=f[len(root)+1:]; cases.append(c)
inp=''.join(c['question'].replace('\n',' ')+'\n' for c in cases)
from askjson import ask, right as ok
run=lambda b: ask(b, [c['question'] for c in cases])
A=run(old); B=run(new)
def sig(r): return (r['status'],r.get('reason',''),tuple(x.get('section') for x in r.get('citations') or [])[:3])
cnt=collections.Counter(); hidden=collections.Counter()
print('questions',len(cases))
for c,a,b in zip(cases,A,B):
    if sig(a)==sig(b): continue
    oa,ob=ok(c,a),ok(c,b); v='better' if ob and not oa else 'worse' if oa and not ob else 'neutral'
    cnt[v]+=1
    if 'holdback' in c['file'] or '/fresh/' in c['file']:
        hidden[(v,c['file'].split('/')[-1])]+=1; continue
    print('%-7s %-40s %s %s -> %s %s | %s'%(v,c['file'].split('/')[-1],c['expect'],sig(a)[:2],sig(b)[:2],'/'.join(s[:12] for s in sig(b)[2] if s),c['question'][:300]))
for k,n in sorted(hidden.items()): print('hidden %-7s %s %d'%(k[0],k[1],n))
print(dict(cnt))
