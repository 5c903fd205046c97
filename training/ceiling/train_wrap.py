"""`spacy train ARGS` that turns SIGTERM/SIGINT into KeyboardInterrupt, once.

spaCy's training loop saves model-last in a `finally` block; a plain SIGTERM (or a SIGINT
that a background job ignores) would kill it without that. With this wrapper a `timeout`
stop leaves model-last (and the model-best of the last improving evaluation). Exit 124
when stopped by the signal.
"""
import signal
import sys

STOPPED = False


def _stop(signum, frame):
    global STOPPED
    STOPPED = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt(f"deadline signal {signum}")


signal.signal(signal.SIGINT, _stop)
signal.signal(signal.SIGTERM, _stop)

from spacy.cli import setup_cli  # noqa: E402

sys.argv = ["spacy", "train"] + sys.argv[1:]
try:
    setup_cli()
except KeyboardInterrupt:
    pass
except SystemExit as e:
    if not STOPPED:
        raise
    _ = e
if STOPPED:
    print("STOPPED_BY_DEADLINE (model-last saved by spaCy's finally block)", flush=True)
    sys.exit(124)
