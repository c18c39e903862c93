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
inp=''.join(c['question'].replace('\n',' ')+'\n' for c in cases)
out=subprocess.run([exe,'ask','--json','-'],input=inp,capture_output=True,text=True,env={**os.environ,'EXOBOT_LOG_LEVEL':'error'}).stdout
dec=json.JSONDecoder(); rs=[]; i=0; out=out.strip()
while i<len(out):
    r,j=dec.raw_decode(out,i); rs.append(r); i=j
    while i<len(out) and out[i].isspace(): i+=1
assert len(rs)==len(cases),(len(rs),len(cases))
tot=collections.Counter(); good=collections.Counter(); bk=collections.defaultdict(lambda:[0,0]); misses=[]; urgother=0
for c,r in zip(cases,rs):
    e=c['expect']
    if e=='any': continue
    cites=[x.get('section') for x in r.get('citations') or []]
    if e=='answered': ok=r['status']=='answered' and any(s in c['sections'] for s in cites)
    elif e=='declined': ok=r['status'] in('no_match','help')
    elif e=='urgent': ok=r['status']=='urgent'
    elif e=='not_urgent': ok=r['status']!='urgent'
    if e!='urgent' and r['status']=='urgent': urgother+=1
    tot[e]+=1; good[e]+=ok
    k=e+'/'+c.get('kind','')+('/'+c['group'] if e in('urgent','not_urgent') and c.get('group') and c.get('group')!='none' and False else '')
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
