#!/usr/bin/env python3
"""droptrain.py SETFILES...: drop training lines (bot/testdata/train) whose question equals one in the given sets (case/space folded)."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json,sys,glob
norm=lambda q:' '.join(q.lower().split())
qs=set()
for f in sys.argv[1:]:
    for l in open(f):
        if l.strip(): qs.add(norm(json.loads(l)['question']))
for f in sorted(glob.glob(os.path.join(ROOT,'bot/testdata/train/*.jsonl'))):
    ls=open(f).read().splitlines(True); keep=[l for l in ls if not(l.strip() and norm(json.loads(l)['question']) in qs)]
    if len(keep)!=len(ls):
        open(f,'w').writelines(keep); print(f,len(ls)-len(keep),'dropped')
