"""The check-in kiosk: full screen, no menus, big type; leaving it needs the admin PIN.

The logic lives in ``desktop_app.attendance.kiosk_state`` (Qt-free); these widgets only paint
its :class:`~desktop_app.attendance.kiosk_state.KioskView` and pass the PIN pad's input on.
"""
