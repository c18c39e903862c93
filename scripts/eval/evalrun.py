#!/usr/bin/env python3
"""evalrun.py FILES... [--misses] [--kinds]  (env EXOBOT=binary). Works on eval sets and triage sets."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json,sys,os,subprocess,collections,glob
args=[a for a in sys.argv[1:] if not a.startswith('--')]
files=[f for a in args for f in sorted(glob.glob(a))]
show='--misses' in sys.argv; kinds='--kinds' in sys.argv
exe=os.environ.get('EXOBOT','exobot')
cases=[]
for f in files:
    for l in open(f):
        if l.strip(): cases.append(json.loads(l))
from askjson import ask, right
rs=ask(exe,[c['question'] for c in cases])
tot=collections.Counter(); good=collections.Counter(); bk=collections.defaultdict(lambda:[0,0]); misses=[]; urgother=0
for c,r in zip(cases,rs):
    e=c['expect']
    if e=='any': continue
    cites=[x.get('section') for x in r.get('citations') or []]
    ok=right(c,r)
    if e!='urgent' and r['status']=='urgent': urgother+=1
    tot[e]+=1; good[e]+=ok
    k=e+'/'+c.get('kind','')
    bk[k][1]+=1; bk[k][0]+=ok
    if not ok: misses.append((e,r['status'],r.get('reason',''),';'.join(s or '' for s in cites)[:60],c['question']))
if kinds:
    for k in sorted(bk): print('  %-34s %d/%d'%(k,*bk[k]))
for e in ('answered','declined','urgent','not_urgent'):
    if tot[e]:
        lab='false alarms' if e=='not_urgent' else ''
        if e=='not_urgent': print('not_urgent false alarms %d/%d'%(tot[e]-good[e],tot[e]))
        else: print('%-9s %d/%d (%.1f%%)'%(e,good[e],tot[e],100*good[e]/tot[e]))
print('others screened urgent:',urgother - (tot['not_urgent']-good['not_urgent']))
if show:
    for m in misses: print('MISS %-9s got %-8s %-12s [%s] %s'%m)
