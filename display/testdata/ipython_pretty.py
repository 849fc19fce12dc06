"""Oracle for display.Pretty: reads one Python expression per line (JSON
strings) and answers, one JSON string per line, IPython's pretty text of
its value, as ipykernel shows it as text/plain."""
import json
import sys

from IPython.lib.pretty import pretty


class ML:
    """A leaf whose repr is the given text, multi-line reprs included."""
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


for line in sys.stdin:
    print(json.dumps(pretty(eval(json.loads(line)))), flush=False)
