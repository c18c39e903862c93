#!/usr/bin/env python3
"""triperturb.py BIN [N] [ROOT]: tuned triage sets' caught emergencies asked in lower case without stops; count missed, and new false alarms."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json,sys,glob,subprocess,re
B=sys.argv[1]; N=int(sys.argv[2]) if len(sys.argv)>2 else 30; root=sys.argv[3] if len(sys.argv)>3 else ROOT
cases=[]
for f in sorted(glob.glob(root+'/bot/testdata/triage*.jsonl')):
    if 'holdback' in f: continue
    for l in open(f):
        if l.strip(): cases.append(json.loads(l))
from askjson import ask
run=lambda qs: ask(B, qs)
R=run([c['question'] for c in cases])
ch=lambda q: re.sub(r"[.,?!;:]","",q.lower())
R2=run([ch(c['question']) for c in cases])
miss=[(c,r2) for c,r,r2 in zip(cases,R,R2) if c['expect']=='urgent' and r['status']=='urgent' and r2['status']!='urgent']
fa=[(c,r2) for c,r,r2 in zip(cases,R,R2) if c['expect']!='urgent' and r['status']!='urgent' and r2['status']=='urgent']
print('urgent caught before',sum(1 for c,r in zip(cases,R) if c['expect']=='urgent' and r['status']=='urgent'),'missed after',len(miss),'new false alarms',len(fa))
for c,r in miss[:N]: print('  MISS [%s/%s] %s'%(c['group'],c['kind'],ch(c['question'])[:220]))
for c,r in fa[:N]: print('  FA [%s] %s'%(c['kind'],ch(c['question'])[:220]))
