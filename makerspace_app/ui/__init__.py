"""The Qt desktop interface: the only package that imports PySide6.

Start it with :func:`makerspace_app.ui.app.run_gui`.
"""
