#!/usr/bin/env python3
"""perturb.py BIN MODE [N] [ROOT]: the right replies of the tuned eval sets asked again changed by MODE; prints count gone wrong and N examples.
MODES: lower-nopunct, story-before, reason-after, typo1, typo2, relayed"""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json,sys,glob,subprocess,re,random
B=sys.argv[1]; mode=sys.argv[2]; N=int(sys.argv[3]) if len(sys.argv)>3 else 20; root=sys.argv[4] if len(sys.argv)>4 else ROOT
cases=[]
for f in sorted(glob.glob(root+'/cmd/exobot/testdata/eval*.jsonl')):
    for l in open(f):
        if l.strip():
            c=json.loads(l)
            if c['expect'] in('answered','declined','urgent'): cases.append(c)
from askjson import ask, right as ok
run=lambda qs: ask(B, qs)
rng=random.Random(7)
stories=["My sister keeps sending me skincare videos.","I've been reading about this all week.","Long day at work, finally sitting down."]
reasons=["Asking because my friend wants to try it.","Just trying to make sense of it all.","My mum keeps asking me about it."]
def typo(w):
    if len(w)<4: return w
    i=rng.randrange(1,len(w)-1); k=rng.randrange(3)
    return w[:i]+w[i+1:] if k==0 else w[:i]+w[i+1]+w[i]+w[i+2:] if k==1 else w[:i]+w[i]+w[i:]
def change(q,idx):
    if mode=='lower-nopunct': return re.sub(r"[.,?!;:]","",q.lower())
    if mode=='story-before': return stories[idx%3]+' '+q
    if mode=='reason-after': return q+' '+reasons[idx%3]
    if mode in('typo1','typo2'):
        ws=q.split(' '); cand=[i for i,w in enumerate(ws) if len(re.sub(r'\W','',w))>=5]
        for i in rng.sample(cand,min(len(cand),1 if mode=='typo1' else 2)): ws[i]=typo(ws[i])
        return ' '.join(ws)
    if mode=='relayed': return 'A client asked me this and I want to get it right: '+q
R=run([c['question'] for c in cases])
good=[c for c,r in zip(cases,R) if ok(c,r)]
qs=[change(c['question'],i) for i,c in enumerate(good)]
R2=run(qs)
bad=[(c,q,r) for c,q,r in zip(good,qs,R2) if not ok(c,r)]
print('right',len(good),'gone wrong',len(bad))
for c,q,r in bad[:N]: print('  %s->%s %s | %s'%(c['expect'],r['status'],r.get('reason',''),q[:200]))
