"""askjson: one pass of questions through `exobot ask --json -`, and the
score TestEvaluation gives a reply."""
import json
import subprocess


def ask(binary, questions):
    """The replies of binary to questions, one per question, in order."""
    out = subprocess.run([binary, 'ask', '--json', '-'], input=''.join(q.replace('\n', ' ') + '\n' for q in questions),
                         capture_output=True, text=True).stdout.strip()
    dec, replies, i = json.JSONDecoder(), [], 0
    while i < len(out):
        r, i = dec.raw_decode(out, i)
        replies.append(r)
        while i < len(out) and out[i].isspace():
            i += 1
    assert len(replies) == len(questions), (len(replies), len(questions))
    return replies


def right(case, reply):
    """Whether reply is right for case, as the evaluation scores it."""
    e = case['expect']
    cites = [c.get('section') for c in reply.get('citations') or []]
    if e == 'answered':
        return reply['status'] == 'answered' and any(s in case.get('sections', []) for s in cites)
    if e == 'declined':
        return reply['status'] in ('no_match', 'help')
    if e == 'urgent':
        return reply['status'] == 'urgent'
    if e == 'not_urgent':
        return reply['status'] != 'urgent'
    return True
