"""Showing refusals in the user's language.

A DomainError carries an English template marked for translation, the context it was marked
in and the values to fill in; here the template is translated first, then formatted, so a
translator sees the sentence with its placeholders. Anything that is not a DomainError is a
bug: it is shown as such (never as a bare "Error") and logged with its traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from makerspace_app.ui.formatting import localised

log = logging.getLogger(__name__)
CONTEXT = "Errors"


# Values that are themselves marked-for-translation words, and the context they were
# marked in (services pass a setting's label, a role name, an action).
_TRANSLATED_PARAMS = {"label": "Settings", "role": "Roles", "action": "Actions"}


def _translated_params(params: dict[str, Any]) -> dict[str, Any]:
    # Times and days that carry their kind are written the user's way (see ui/formatting.py).
    out = {key: localised(value) for key, value in params.items()}
    for key, context in _TRANSLATED_PARAMS.items():
        value = out.get(key)
        if isinstance(value, str) and value:
            out[key] = QCoreApplication.translate(context, value)
    return out


def translate_error(err: BaseException) -> str:
    """The sentence to show for ``err``, in the interface language."""
    template = getattr(err, "template", None)
    if isinstance(template, str):
        context = getattr(err, "context", "DomainError")
        params = getattr(err, "params", {}) or {}
        text = QCoreApplication.translate(context, template)
        try:
            return text.format(**_translated_params(params))
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError):
                return template
    detail = str(err).strip() or type(err).__name__
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside the app ({detail}). Nothing else was changed. "
        "Please tell whoever looks after this computer.",
    ).format(detail=detail)


def is_domain_error(err: BaseException) -> bool:
    return isinstance(getattr(err, "template", None), str) and hasattr(err, "params")


def show_error(parent: QWidget | None, err: BaseException, title: str | None = None) -> None:
    """A modal message naming what happened and what to do (the refusal's own words)."""
    if not is_domain_error(err):
        log.error("Unexpected error", exc_info=(type(err), err, err.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Makerspace"))
    box.setText(translate_error(err))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Message"))
    box.exec()
