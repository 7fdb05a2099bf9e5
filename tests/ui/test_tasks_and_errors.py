"""The background task runner and the translation of refusals."""

from __future__ import annotations

import threading

from makerspace_app.domain.errors import ValidationError
from makerspace_app.ui import tasks
from makerspace_app.ui.errors import translate_error


def test_work_runs_off_the_ui_thread_and_reports_back_on_it(qtbot):
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    progress: list[tuple] = []

    def work(report: tasks.Progress) -> int:
        seen["worker"] = threading.get_ident()
        report("half", 0.5)
        report("all", 1.0)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    def on_progress(step: str, fraction: float) -> None:
        progress.append((step, fraction, threading.get_ident()))

    task = tasks.run(work, done, None, on_progress)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["done_thread"] == ui_thread
    assert [(s, f) for s, f, _ in progress] == [("half", 0.5), ("all", 1.0)]
    assert all(t == ui_thread for _, _, t in progress)


def test_an_error_in_the_work_goes_to_on_error(qtbot):
    errors: list[BaseException] = []

    def work() -> None:
        raise ValidationError("“{name}” is not right.", name="x")

    task = tasks.run(work, lambda _r: None, errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1
    assert translate_error(errors[0]) == "“x” is not right."


def test_cancelled_work_calls_neither_callback(qtbot):
    started = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def work(report: tasks.Progress) -> None:
        started.set()
        release.wait(5)
        if report.cancelled:
            raise tasks.Cancelled
        report("late", 1.0)

    task = tasks.run(work, lambda _r: calls.append("done"), lambda _e: calls.append("error"),
                     lambda *_a: calls.append("progress"))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert calls == []
    assert tasks.running() == 0


def test_translate_error_fills_in_the_values():
    err = ValidationError("{label} must be a whole number from {low} to {high}.",
                          label="Time zone", low=1, high=5)
    assert translate_error(err) == "Time zone must be a whole number from 1 to 5."


def test_an_unexpected_error_is_named_as_a_fault_not_a_bare_error():
    text = translate_error(RuntimeError("disk on fire"))
    assert "disk on fire" in text
    assert "Something went wrong inside the app" in text
