"""Translation markers usable below the ui layer, without importing Qt.

Services and domain code build user-visible messages from English templates marked with
``QT_TRANSLATE_NOOP(context, text)``. Qt's lupdate extracts these markers from the Python
sources into the .ts files; the ui layer translates a template with
``QCoreApplication.translate(context, template)`` and then formats it, while headless
commands print the English text. The function itself does nothing at run time.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
