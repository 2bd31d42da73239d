"""The Qt binding itself must survive many emits of Python singletons through `Signal(object)`.

PySide6 6.12.0 dropped a reference to `None`, `True` or `False` on every such emit; after a few
hundred emits CPython aborted with "Fatal Python error: none_dealloc" (or bool_dealloc). The
window emits `Signal(object)` on every answer, so the app died after about 115 answers. Each check
runs in a child process so that an abort fails this test with a message that names the cause,
instead of killing the whole test run. See docs/known-issues.md.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

EMITS = 5000

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        changed = Signal(object)
        flag = Signal(bool)
        text = Signal(str)

    class Payload:
        pass

    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)   # a slot that returns None
    emitter.changed.connect(lambda value: None)
    emitter.flag.connect(lambda value: received.append(value))
    emitter.text.connect(lambda value: None)
    payloads = {"none": None, "true": True, "false": False, "object": Payload()}
    value = payloads[sys.argv[1]]
    before = sys.getrefcount(value)
    for _ in range(int(sys.argv[2])):
        emitter.changed.emit(value)
        if isinstance(value, bool):
            emitter.flag.emit(value)
        emitter.text.emit("III-01")
    expected = int(sys.argv[2]) * (2 if isinstance(value, bool) else 1)
    assert len(received) == expected, (len(received), expected)
    received.clear()
    # A leak of references is harmless; a loss of them is what kills the interpreter.
    assert sys.getrefcount(value) >= before - 2, (before, sys.getrefcount(value))
    # Qt methods that return nothing hand None back to Python: that must not cost a reference either.
    none_before = sys.getrefcount(None)
    for n in range(int(sys.argv[2])):
        emitter.setObjectName("soak")
        emitter.blockSignals(False)
    assert sys.getrefcount(None) >= none_before - 2, (none_before, sys.getrefcount(None))
    print("survived", sys.argv[2])
    """
)


@pytest.mark.parametrize("payload", ["none", "true", "false", "object"])
def test_signal_object_survives_many_emits(payload: str) -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT, payload, str(EMITS)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and f"survived {EMITS}" in run.stdout, (
        f"The installed PySide6 loses references to None/True/False (emitting {payload!r}, calling Qt methods "
        f"that return nothing; exit {run.returncode}). This is the PySide6 6.12.0 refcount bug that made the window abort "
        f"after ~115 answers: keep PySide6 pinned to a release that passes (constraints.txt).\n"
        f"{run.stderr[-2000:]}")
