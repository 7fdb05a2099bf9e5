"""One way to run work off the UI thread: ``run(fn, on_done, on_error, progress)``.

The work runs on a QThreadPool thread; its result, its error and its progress reports come
back to the UI thread through queued signals, so the callbacks may touch widgets.

``fn`` is called with no argument, or, when ``progress`` is given, with one argument: a
:class:`Progress` reporter. Calling ``report(...)`` forwards the same arguments to
``progress(...)`` on the UI thread; ``report.cancelled`` tells long work that the user pressed
Cancel (the work decides where it can stop cleanly; raising :class:`Cancelled` ends it, and
then neither ``on_done`` nor ``on_error`` is called).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Tasks still running, kept alive until their result has been delivered.
_running: set[Task] = set()


class Cancelled(Exception):
    """Raised inside the work to stop after the user cancelled."""


class Progress:
    """What the work calls to report progress; thread-safe."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def __call__(self, *args: Any) -> None:
        self._task._emitter.progressed.emit(args)

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled


class _Emitter(QObject):
    """Emitted from the worker thread; connected (queued) to the Task in the UI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    stopped = Signal()


class Task(QObject):
    """A piece of work in flight. ``finished`` fires on the UI thread when it is over."""

    finished = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        progress: Callable[..., None] | None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._progress = progress
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._emitter = _Emitter()
        queued = Qt.ConnectionType.QueuedConnection
        self._emitter.done.connect(self._deliver_done, queued)
        self._emitter.failed.connect(self._deliver_error, queued)
        self._emitter.progressed.connect(self._deliver_progress, queued)
        self._emitter.stopped.connect(self._deliver_stopped, queued)

    # --- called from any thread -----------------------------------------------------------

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check of ``report.cancelled``."""
        self._cancel.set()

    def is_running(self) -> bool:
        return not self._over.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work itself has ended (results may still be queued)."""
        return self._over.wait(timeout_s)

    # --- worker thread --------------------------------------------------------------------

    def _execute(self) -> None:
        try:
            if self._progress is not None:
                result = self._fn(Progress(self))
            else:
                result = self._fn()
        except Cancelled:
            self._over.set()
            self._emitter.stopped.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._over.set()
            self._emitter.failed.emit(exc)
        else:
            self._over.set()
            self._emitter.done.emit(result)

    # --- UI thread ------------------------------------------------------------------------

    @Slot(object)
    def _deliver_progress(self, args: tuple) -> None:
        if self._progress is not None and not self.cancelled:
            self._progress(*args)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        try:
            if self._on_done is not None and not self.cancelled:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        try:
            if self.cancelled:
                return
            if self._on_error is not None:
                self._on_error(exc)
            else:
                log.error("Background task failed", exc_info=(type(exc), exc, exc.__traceback__))
        finally:
            self._finish()

    @Slot()
    def _deliver_stopped(self) -> None:
        self._finish()

    def _finish(self) -> None:
        _running.discard(self)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._execute()


def run(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    progress: Callable[..., None] | None = None,
) -> Task:
    """Run ``fn`` on a worker thread; call back on the UI thread. Returns the Task."""
    task = Task(fn, on_done, on_error, progress)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def running() -> int:
    """How many tasks have not delivered their result yet."""
    return len(_running)


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Wait for worker threads to end (at quit, so no thread outlives the database)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
